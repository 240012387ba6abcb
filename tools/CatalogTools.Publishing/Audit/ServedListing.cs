using System.Text.Json;
using AngleSharp.Html.Parser;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.Audit;

/// <summary>One link of a listing page: the code it points at (region or item) and the text it shows.</summary>
public sealed record ListingLink(string Code, string Text);

/// <summary>
/// What an index or region page shows, as served: the links to region pages (index) or to guides
/// (region page), in page order. <see cref="Problem"/> is set when the page cannot be read.
/// </summary>
public sealed record ServedListing(string Page, string? Region, IReadOnlyList<ListingLink> Links, MessageText? Problem)
{
    /// <summary>Web and kiosk: <c>main[data-page=index|region|listing]</c>, links into <c>regions/</c> (index) or <c>guides/</c>.</summary>
    public static ServedListing FromHtml(string page, string html, ListingKind kind)
    {
        var document = new HtmlParser().ParseDocument(html);
        var mark = kind switch { ListingKind.Index => "index", ListingKind.Entries => "listing", _ => "region" };
        var main = document.QuerySelector($"main[data-page='{mark}']");
        if (main is null) return new ServedListing(page, null, [], new MessageText("channelAudit.noDataPage", ("mark", mark)));
        var folder = kind == ListingKind.Index ? "regions" : "guides";
        var links = new List<ListingLink>();
        foreach (var a in main.QuerySelectorAll("a[href]"))
        {
            var target = LinkTarget(a.GetAttribute("href") ?? "", folder, ".html");
            if (target is not null) links.Add(new ListingLink(target, a.TextContent.Trim()));
        }
        return new ServedListing(page, main.GetAttribute("data-region"), links, null);
    }

    /// <summary>Mobile: regions.json (an array of regions; those with <c>hasIndex</c> have a region file) or regions/CODE.json (<c>items</c>).</summary>
    public static ServedListing FromJson(string page, byte[] json, ListingKind kind)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var links = new List<ListingLink>();
            if (kind == ListingKind.Index)
            {
                if (root.ValueKind != JsonValueKind.Array) return new ServedListing(page, null, [], new MessageText("channelAudit.regionsNotArray"));
                foreach (var r in root.EnumerateArray())
                {
                    if (r.ValueKind != JsonValueKind.Object || !(r.TryGetProperty("hasIndex", out var has) && has.ValueKind == JsonValueKind.True)) continue;
                    links.Add(new ListingLink(Text(r, "code"), Text(r, "name")));
                }
                return new ServedListing(page, null, links, null);
            }
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                return new ServedListing(page, null, [], new MessageText("channelAudit.noItemsArray"));
            }
            foreach (var i in items.EnumerateArray())
            {
                if (i.ValueKind == JsonValueKind.Object) links.Add(new ListingLink(Text(i, "code"), Text(i, "name")));
            }
            return new ServedListing(page, Text(root, "region"), links, null);
        }
        catch (JsonException e)
        {
            return new ServedListing(page, null, [], new MessageText("channelAudit.reason", ("reason", e.Message)));
        }
    }

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";

    /// <summary>"../guides/CODE.html" → CODE when the link goes into <paramref name="folder"/>; other links (home, breadcrumbs) → null.</summary>
    private static string? LinkTarget(string href, string folder, string extension)
    {
        var path = href.Split('#', '?')[0];
        var slash = path.LastIndexOf('/');
        if (slash < 0 || !path.EndsWith(extension, StringComparison.Ordinal)) return null;
        var parent = path[..slash];
        var parentName = parent[(parent.LastIndexOf('/') + 1)..];
        if (parentName != folder) return null;
        return path[(slash + 1)..^extension.Length];
    }
}

public enum ListingKind
{
    Index,
    Region,

    /// <summary>A listing page of the ways in (themes, departments, service objects): links into guides/.</summary>
    Entries,
}
