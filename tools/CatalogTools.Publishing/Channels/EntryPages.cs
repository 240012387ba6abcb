using CatalogTools.Publishing.Rendering;
using Scriban.Runtime;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// The listing pages of the ways in for web and kiosk (template <c>listing</c>): themes/index.html (every theme),
/// departments/index.html (every department), bundles/index.html (一件事一次办), and per service object, theme and department its entries —
/// each paginated (<see cref="Paging"/>, page size from site.yaml). Page models carry no bundle version, so a
/// page is rewritten only when what it lists changes.
/// </summary>
internal static class EntryPages
{
    public const string Template = "listing";

    /// <summary>Writes every listing page; returns their paths (for the sitemap).</summary>
    public static List<string> Write(ChannelContext context, SharedSink sink, bool canonical)
    {
        var views = context.Views.Entries;
        var size = SiteConfig.PageSizeOf(context.Site.Config);
        var written = new List<string>();
        var home = ("首页", "index.html");

        var themesHub = ("按主题", Paging.PathOf("themes", 1, ".html"));
        Hub(context, sink, canonical, written, "themes", "按主题办事", [home], views.Themes, size);
        var departmentsHub = ("按部门", Paging.PathOf("departments", 1, ".html"));
        Hub(context, sink, canonical, written, "departments", "按部门办事", [home], views.Departments, size);

        foreach (var list in views.Objects)
        {
            Entries(context, sink, canonical, written, list, [home], size, views.ThemesFor(list.Code));
        }
        foreach (var list in views.Themes) Entries(context, sink, canonical, written, list, [home, themesHub], size, []);
        foreach (var list in views.Departments) Entries(context, sink, canonical, written, list, [home, departmentsHub], size, []);
        if (views.Bundles is { } bundles) Entries(context, sink, canonical, written, bundles, [home], size, []);
        return written;
    }

    /// <summary>The home page's ways in: 个人办事, 法人办事, by theme, by department (each when it has a page).</summary>
    public static ScriptArray Ways(ChannelContext context)
    {
        var views = context.Views.Entries;
        var ways = new ScriptArray();
        foreach (var list in views.Objects) ways.Add(Way(list.Name, Paging.PathOf(list.Path, 1, ".html"), list.Entries.Count, "项"));
        if (views.Themes.Count > 0) ways.Add(Way("按主题", Paging.PathOf("themes", 1, ".html"), views.Themes.Count, "个主题"));
        if (views.Departments.Count > 0) ways.Add(Way("按部门", Paging.PathOf("departments", 1, ".html"), views.Departments.Count, "个部门"));
        if (views.Bundles is { } bundles) ways.Add(Way(bundles.Name, Paging.PathOf(bundles.Path, 1, ".html"), bundles.Entries.Count, "件"));
        return ways;
    }

    private static ScriptObject Way(string name, string href, int count, string unit) =>
        new() { ["name"] = Leaf.OfText(name), ["href"] = Leaf.OfText(href), ["count"] = count, ["unit"] = Leaf.OfText(unit) };

    /// <summary>A page of links to other listings (every theme, every department), paginated over them.</summary>
    private static void Hub(ChannelContext context, SharedSink sink, bool canonical, List<string> written, string folder, string title,
        List<(string Name, string Href)> crumbs, IReadOnlyList<EntryList> lists, int size)
    {
        if (lists.Count == 0) return; // no theme (no themes.yaml) or no department: the home page offers no such way in
        var pages = Paging.PageCount(lists.Count, size);
        for (var page = 1; page <= pages; page++)
        {
            var groups = new ScriptArray();
            foreach (var list in Paging.Slice(lists, page, size))
            {
                groups.Add(new ScriptObject
                {
                    ["code"] = Leaf.OfText(list.Code),
                    ["name"] = Leaf.OfText(list.Name),
                    ["href"] = Leaf.OfText(Paging.PathOf(list.Path, 1, ".html")),
                    ["items"] = list.Entries.Count,
                    ["note"] = Leaf.OfText(list.RegionName ?? list.Description ?? ""),
                });
            }
            var path = Paging.PathOf(folder, page, ".html");
            var model = Model(context, path, canonical, folder, folder, title, null, [.. crumbs, (title, Paging.PathOf(folder, 1, ".html"))], page, pages, folder, lists.Count);
            model["groups"] = groups;
            model["entries"] = new ScriptArray();
            sink.Page(path, context.Templates, Template, model);
            written.Add(path);
        }
    }

    /// <summary>One listing's entries, paginated; <paramref name="themes"/> (on a service object's first page) link on to its themes.</summary>
    private static void Entries(ChannelContext context, SharedSink sink, bool canonical, List<string> written, EntryList list,
        List<(string Name, string Href)> crumbs, int size, IReadOnlyList<EntryList> themes)
    {
        var pages = Paging.PageCount(list.Entries.Count, size);
        for (var page = 1; page <= pages; page++)
        {
            var path = Paging.PathOf(list.Path, page, ".html");
            written.Add(path);
            if (Unchanged(context, list, page, size) && sink.Keep(path)) continue;
            var model = Model(context, path, canonical, list.Kind, list.Code, list.Name, list.Description ?? list.RegionName,
                [.. crumbs, (list.Name, Paging.PathOf(list.Path, 1, ".html"))], page, pages, list.Path, list.Entries.Count);
            var groups = new ScriptArray();
            if (page == 1)
            {
                foreach (var theme in themes)
                {
                    groups.Add(new ScriptObject
                    {
                        ["code"] = Leaf.OfText(theme.Code),
                        ["name"] = Leaf.OfText(theme.Name),
                        ["href"] = Leaf.OfText(Paging.PathOf(theme.Path, 1, ".html")),
                        ["items"] = theme.Entries.Count,
                        ["note"] = Leaf.OfText(theme.Description ?? ""),
                    });
                }
            }
            model["groups"] = groups;
            var entries = new ScriptArray();
            foreach (var e in Paging.Slice(list.Entries, page, size))
            {
                entries.Add(new ScriptObject
                {
                    ["folder"] = Leaf.OfText(e.Folder),
                    ["code"] = Leaf.OfText(e.Code),
                    ["name"] = Leaf.OfText(e.Name),
                    ["type"] = Leaf.OfText(e.Type),
                    ["region"] = Leaf.OfText(e.RegionName),
                    ["agency"] = Leaf.OfText(e.AgencyName),
                });
            }
            model["entries"] = entries;
            sink.Page(path, context.Templates, Template, model);
        }
    }

    /// <summary>
    /// Whether an incremental publish knows a page of a list to be the previous bundle's: no list gained or lost an entry
    /// (so every entry, count and theme link is where it was) and none of the page's entries changed.
    /// </summary>
    private static bool Unchanged(ChannelContext context, EntryList list, int page, int size)
    {
        if (context.Changes is not { Reshaped: false } changes) return false;
        foreach (var e in Paging.Slice(list.Entries, page, size))
        {
            if (e.Folder == "guides" && changes.Touches(e.Code)) return false;
        }
        return true;
    }

    /// <summary>What every listing page has: site (no version), root, canonical, listing, crumbs, pager, total.</summary>
    internal static ScriptObject Model(ChannelContext context, string path, bool canonical, string kind, string code, string name, string? description,
        List<(string Name, string Href)> crumbs, int page, int pages, string list, int total)
    {
        var root = string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));
        var model = new ScriptObject
        {
            ["site"] = new ScriptObject { ["title"] = Leaf.OfText(context.Site.Title), ["org"] = PageModel.Org(context.Site.Config) },
            ["root"] = root,
            ["canonical"] = canonical ? Canonical.Of(context.Site.Config, path) : null,
            ["listing"] = new ScriptObject
            {
                ["kind"] = Leaf.OfText(kind),
                ["code"] = Leaf.OfText(code),
                ["name"] = Leaf.OfText(name),
                ["description"] = description is null or "" ? null : Leaf.OfText(description),
                ["path"] = Leaf.OfText(list),
            },
            ["total"] = total,
        };
        var crumbList = new ScriptArray();
        foreach (var (n, href) in crumbs) crumbList.Add(new ScriptObject { ["name"] = Leaf.OfText(n), ["href"] = Leaf.OfText(href) });
        model["crumbs"] = crumbList;
        model["pager"] = Pager(list, page, pages);
        return model;
    }

    /// <summary>page, pages, prev and next (hrefs from the root, null at the ends) and the numbered links; null for a single page.</summary>
    private static ScriptObject? Pager(string list, int page, int pages) => Pager(n => Paging.PathOf(list, n, ".html"), page, pages);

    /// <summary>The pager model (template <c>pager</c>) over pages whose paths <paramref name="pathOf"/> gives (region pages too).</summary>
    internal static ScriptObject? Pager(Func<int, string> pathOf, int page, int pages)
    {
        if (pages <= 1) return null;
        var links = new ScriptArray();
        var last = 0;
        foreach (var n in Paging.Window(page, pages))
        {
            links.Add(new ScriptObject { ["n"] = n, ["href"] = Leaf.OfText(pathOf(n)), ["current"] = n == page, ["gap"] = n - last > 1 });
            last = n;
        }
        return new ScriptObject
        {
            ["page"] = page,
            ["pages"] = pages,
            ["prev"] = page > 1 ? Leaf.OfText(pathOf(page - 1)) : null,
            ["next"] = page < pages ? Leaf.OfText(pathOf(page + 1)) : null,
            ["links"] = links,
        };
    }
}
