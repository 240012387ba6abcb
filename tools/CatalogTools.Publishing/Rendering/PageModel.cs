using CatalogTools.Publishing.Channels;
using Scriban.Runtime;

namespace CatalogTools.Publishing.Rendering;

/// <summary>
/// The globals every page template gets: site, root (relative prefix), and for guide pages g, hash, jsonld, crumbs.
/// Every value from the catalog, codes included, is a <see cref="Leaf"/>: HTML-encoded wherever a template writes it
/// (<c>.url</c> for a path segment in a link).
/// </summary>
public static class PageModel
{
    public static ScriptObject Site(ChannelContext context, string root) => new() { ["site"] = SiteTexts(context), ["root"] = root };

    internal static ScriptObject SiteTexts(ChannelContext context)
    {
        var info = context.Site;
        return new ScriptObject
        {
            ["title"] = Leaf.OfText(info.Title),
            ["version"] = info.Version,
            ["sourceTime"] = info.SourceTime,
            ["commit"] = info.Commit,
            ["org"] = Org(info.Config),
        };
    }

    /// <summary>
    /// site.org: what site.yaml says (name, sponsor, organizer, siteCode, icp, publicSecurity, phone,
    /// email, address, logo, primary, accent, idleSeconds), or null without site.yaml, when pages
    /// leave out the footer block. Texts are leaves (HTML-encoded; phone.tel and email.mailto for links).
    /// </summary>
    internal static ScriptObject? Org(SiteConfig? config)
    {
        if (config is null) return null;
        static Leaf? L(string? text) => text is null ? null : Leaf.OfText(text);
        var org = new ScriptObject
        {
            ["name"] = L(config.Name),
            ["sponsor"] = L(config.Sponsor),
            ["organizer"] = L(config.Organizer),
            ["siteCode"] = L(config.SiteCode),
            ["icp"] = L(config.Icp),
            ["publicSecurity"] = L(config.PublicSecurity),
            ["phone"] = L(config.Phone),
            ["email"] = L(config.Email),
            ["address"] = L(config.Address),
            ["logo"] = L(SitePages.LogoPath(config)),
            ["primary"] = L(config.Primary),
            ["accent"] = L(config.Accent),
            ["idleSeconds"] = config.KioskIdleSeconds,
        };
        org.IsReadOnly = true;
        return org;
    }

    /// <summary>A guide page: site, root, g (the guide's values), code, hash, jsonld, crumbs. Site and crumbs are shared read-only parts.</summary>
    public static ScriptObject Guide(ChannelContext context, PreparedGuide guide, string root)
    {
        var parts = GuidePageParts.Of(context);
        var g = TemplateValues.Of(guide.Json);
        return new ScriptObject(7)
        {
            ["site"] = parts.Site,
            ["root"] = root,
            ["g"] = g,
            ["code"] = Leaf.OfText(guide.Code),
            ["hash"] = Leaf.OfText(guide.Hash),
            ["jsonld"] = new RawMarkup(JsonLd.Of(g)),
            ["crumbs"] = parts.Crumbs(guide.Region),
        };
    }

    /// <summary>Every region of the tree, depth first; each has a page on web and kiosk (hasPage stays for templates that test it).</summary>
    public static ScriptArray Regions(RegionListing tree)
    {
        var list = new ScriptArray();
        foreach (var n in tree.Nodes)
        {
            list.Add(new ScriptObject
            {
                ["code"] = Leaf.OfText(n.Code),
                ["name"] = Leaf.OfText(n.Name),
                ["level"] = Leaf.OfText(n.Level ?? ""),
                ["depth"] = n.Depth,
                ["items"] = n.Items,
                ["hasPage"] = true,
            });
        }
        return list;
    }

    /// <summary>How many pages a region's own items take (at least one, which lists its sub-regions).</summary>
    public static int RegionPages(RegionListing tree, string region, int pageSize) =>
        Paging.PageCount(tree.DepartmentsOf(region).Sum(d => d.Guides.Count), pageSize);

    /// <summary>
    /// Page <paramref name="page"/> of a region (<see cref="Paging.RegionPathOf"/>): crumbs from the province down, the
    /// sub-regions (first page), that page's slice of the region's own items under their departments (a department cut by a
    /// page break is headed on both pages), the total and the pager. The model carries the site title but not the bundle
    /// version: with it, every region page would change with every commit and a re-publish would rewrite all of them.
    /// </summary>
    public static ScriptObject Region(ChannelContext context, RegionListing tree, string region, int page, int pageSize)
    {
        var root = page <= 1 ? "../" : "../../"; // regions/CODE.html, regions/CODE/page-N.html (Paging.RegionPathOf)
        var model = new ScriptObject { ["site"] = new ScriptObject { ["title"] = Leaf.OfText(context.Site.Title), ["org"] = Org(context.Site.Config) }, ["root"] = root };
        context.Index.Regions.TryGetValue(region, out var r);
        model["region"] = new ScriptObject { ["code"] = Leaf.OfText(region), ["name"] = Leaf.OfText(r?.Name ?? region), ["level"] = Leaf.OfText(r?.Level ?? "") };
        var crumbs = new ScriptArray();
        foreach (var (code, name) in context.Index.RegionHierarchy.PathOf(region)) crumbs.Add(new ScriptObject { ["code"] = Leaf.OfText(code), ["name"] = Leaf.OfText(name) });
        model["crumbs"] = crumbs;

        var items = tree.DepartmentsOf(region).SelectMany(d => d.Guides.Select(g => (Department: d, Guide: g))).ToList();
        var departments = new ScriptArray();
        DepartmentGroup? open = null;
        ScriptArray? openItems = null;
        foreach (var (d, g) in Paging.Slice(items, page, pageSize))
        {
            if (!ReferenceEquals(d, open))
            {
                open = d;
                openItems = new ScriptArray();
                departments.Add(new ScriptObject { ["code"] = Leaf.OfText(d.Code), ["name"] = Leaf.OfText(d.Name), ["items"] = openItems });
            }
            openItems!.Add(new ScriptObject { ["code"] = Leaf.OfText(g.Code), ["name"] = Leaf.OfText(g.Name), ["type"] = Leaf.OfText(g.Type) });
        }
        model["departments"] = departments;
        model["total"] = items.Count;

        // The regions directly below, every one with a page, on the first page only.
        var children = new ScriptArray();
        if (page == 1)
        {
            foreach (var n in tree.ChildrenOf(region))
            {
                children.Add(new ScriptObject { ["code"] = Leaf.OfText(n.Code), ["name"] = Leaf.OfText(n.Name), ["level"] = Leaf.OfText(n.Level ?? ""), ["items"] = n.Items, ["hasPage"] = true });
            }
        }
        model["children"] = children;
        model["pager"] = EntryPages.Pager(n => Paging.RegionPathOf(region, n), page, Paging.PageCount(items.Count, pageSize));
        return model;
    }
}
