using System.Globalization;
using CatalogTools.Core.Model;
using CatalogTools.Publishing.Rendering;
using Scriban.Runtime;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// One page per published 一件事 for web and kiosk (template <c>bundle</c>, bundles/CODE.html): its name, the member
/// items with links to their guides and departments, the combined materials, promised limit and visits, and how to
/// apply (at the lead department, whose guide gives the window's address and hours). The model is made from the
/// bundle file, the registries and the members' listing entries only — what an incremental publish holds of
/// unchanged guides — and carries no bundle version, so the page is rewritten exactly when the bundle or what it
/// shows of a member changes.
/// </summary>
internal static class BundlePages
{
    public const string Template = "bundle";

    /// <summary>Writes every bundle page; returns their paths (for the sitemap).</summary>
    public static List<string> Write(ChannelContext context, SharedSink sink, bool canonical)
    {
        var written = new List<string>();
        if (!context.Templates.Has(Template)) return written; // a template set from before 一件事 pages: no page, as before
        foreach (var published in context.Views.Bundles)
        {
            var path = PublishedBundles.PathOf(published.Bundle.Code, ".html");
            sink.Page(path, context.Templates, Template, Model(context, published, path, canonical));
            written.Add(path);
        }
        return written;
    }

    private static ScriptObject Model(ChannelContext context, PublishedBundle published, string path, bool canonical)
    {
        var index = context.Index;
        var bundle = published.Bundle;
        string RegionName(string code) => index.Regions.TryGetValue(code, out var r) ? r.Name : code;
        string AgencyName(string code) => index.Agencies.TryGetValue(code, out var a) ? a.Name : code;
        var departments = context.Views.Entries.Departments.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var listPath = Paging.PathOf(PublishedBundles.Folder, 1, ".html");
        var model = EntryPages.Model(context, path, canonical, "bundle", bundle.Code, bundle.Name, null,
            [("首页", "index.html"), ("一件事一次办", listPath), (bundle.Name, path)], 1, 1, listPath, published.Members.Count);

        var members = new ScriptArray();
        foreach (var m in published.Members)
        {
            members.Add(new ScriptObject
            {
                ["code"] = Leaf.OfText(m.Code),
                ["name"] = Leaf.OfText(m.Name),
                ["href"] = Leaf.OfText(Bundles.BundlePath.Of("guides", m.Code, ".html")),
                ["agency"] = Leaf.OfText(AgencyName(m.Agency)),
                ["agencyHref"] = departments.Contains(m.Agency) ? Leaf.OfText(Paging.PathOf("departments/" + m.Agency, 1, ".html")) : null,
                ["region"] = Leaf.OfText(RegionName(m.Region)),
                ["type"] = Leaf.OfText(m.Type),
            });
        }
        // Where to apply: the lead department's member guide (its window's address and hours), else the first member's.
        var lead = published.Members.FirstOrDefault(m => m.Agency == bundle.LeadAgency) ?? published.Members[0];

        var materials = new ScriptArray();
        foreach (var material in bundle.Materials)
        {
            materials.Add(new ScriptObject
            {
                ["name"] = Leaf.OfText(material.Name),
                ["form"] = material.Form is null ? null : Leaf.OfText(material.Form),
                ["copies"] = material.Copies,
                ["required"] = material.Required != false,
                ["exempt"] = material.Exempt == true,
                ["commitment"] = material.Commitment == true,
                ["fillNotes"] = material.FillNotes is null ? null : Leaf.OfText(material.FillNotes),
            });
        }

        model["bundle"] = new ScriptObject
        {
            ["code"] = Leaf.OfText(bundle.Code),
            ["name"] = Leaf.OfText(bundle.Name),
            ["region"] = Leaf.OfText(RegionName(bundle.Region)),
            ["lead"] = bundle.LeadAgency is { } l ? Leaf.OfText(AgencyName(l)) : null,
            ["limit"] = Limit(bundle.PromisedLimit),
            ["visits"] = bundle.Visits,
            ["phone"] = bundle.Consultation is { } c ? Leaf.OfText(c.Phone) : null,
            ["email"] = bundle.Consultation?.Email is { } e ? Leaf.OfText(e) : null,
            ["window"] = new ScriptObject { ["name"] = Leaf.OfText(lead.Name), ["href"] = Leaf.OfText(Bundles.BundlePath.Of("guides", lead.Code, ".html")) },
        };
        model["members"] = members;
        model["materials"] = materials;
        return model;
    }

    /// <summary>"5 个工作日", or "即办" for 0 days; null when none is stated.</summary>
    private static Leaf? Limit(TimeLimit? limit) => limit is null ? null
        : Leaf.OfText(limit.Days == 0 ? "即办" : $"{limit.Days.ToString(CultureInfo.InvariantCulture)} 个{limit.Unit}");
}
