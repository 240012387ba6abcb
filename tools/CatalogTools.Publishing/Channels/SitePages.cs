using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Rendering;
using Scriban.Runtime;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// The pages web and kiosk share: the index (ways in and regions), one page per region, the listing pages of the
/// other ways in (<see cref="EntryPages"/>), one page per 一件事 (<see cref="BundlePages"/>), and the template's assets. With <c>canonical</c> (web) every page
/// links its absolute address when site.yaml gives a base URL.
/// </summary>
internal static class SitePages
{
    /// <summary>Writes the shared pages and assets; returns the paths of the HTML pages written (for the sitemap).</summary>
    public static List<string> WriteIndexRegionsAndAssets(ChannelContext context, SharedSink sink, bool canonical = false)
    {
        var tree = context.Views.Regions;
        var config = context.Site.Config;
        var pages = new List<string> { "index.html" };
        var index = PageModel.Site(context, "");
        index["canonical"] = canonical ? Canonical.Of(config, "index.html") : null;
        index["ways"] = EntryPages.Ways(context);
        index["regions"] = PageModel.Regions(tree);
        index["total"] = context.Listing.Count;
        sink.Page("index.html", context.Templates, "index", index);
        var pageSize = SiteConfig.PageSizeOf(config);
        foreach (var node in tree.Nodes)
        {
            // Every region with items (its own or below) has pages: its own items paginated like the other listings.
            // The model is made from the site, the registries, the tree, the region and the page only
            // (not the channel, but for the canonical link), so its fingerprint is computed once for web and kiosk.
            var region = node.Code;
            var count = PageModel.RegionPages(tree, region, pageSize);
            for (var page = 1; page <= count; page++)
            {
                var path = Paging.RegionPathOf(region, page);
                pages.Add(path);
                // An incremental publish keeps the pages of regions that hold no changed guide, themselves or below.
                if (context.Changes is { } changes && !changes.TouchesRegion(region) && sink.Keep(path)) continue;
                var n = page;
                ScriptObject Model()
                {
                    var model = PageModel.Region(context, tree, region, n, pageSize);
                    model["canonical"] = canonical ? Canonical.Of(config, path) : null;
                    return model;
                }
                var input = context.Views.Fingerprints.GetOrAdd($"region\u0001{region}\u0001{page}\u0001{canonical}", _ => ModelFingerprint.Of("region", Model()));
                sink.Page(path, context.Templates, "region", input, Model);
            }
        }
        pages.AddRange(EntryPages.Write(context, sink, canonical));
        pages.AddRange(BundlePages.Write(context, sink, canonical));
        foreach (var (relative, full) in context.Templates.Assets()) sink.File(relative, File.ReadAllBytes(full));
        WriteTheme(context, sink);
        Bundles.BundleSchemas.Write("web", sink);
        return pages;
    }

    /// <summary>
    /// The search index (search/) and the script that reads it (assets/search.js, one source for web and kiosk; a
    /// channel's templates may still ship their own copy, which then wins); a file whose bytes did not change keeps its
    /// manifest entry and is not rewritten.
    /// </summary>
    public static void WriteSearch(ChannelContext context, SharedSink sink)
    {
        // An incremental publish patches the previous bundle's index with the changed guides (the other files are kept);
        // a full publish, or one whose previous index does not read back, builds the whole index.
        if (context.Changes is { } changes && sink.Previous is { } previous
            && Search.SearchIndexPatch.Of(context.Index, context.Listing.Count, changes, previous.Read) is { } patch)
        {
            foreach (var path in previous.Paths)
            {
                if (path.StartsWith(Search.SearchIndex.Folder, StringComparison.Ordinal) && !patch.Files.ContainsKey(path) && !patch.Removed.Contains(path)) sink.Keep(path);
            }
            foreach (var (path, bytes) in patch.Files) sink.File(path, bytes);
        }
        else
        {
            foreach (var (path, bytes) in context.Views.Search.Files) sink.File(path, bytes);
        }
        if (!context.Templates.Assets().Any(a => a.Relative == Search.SearchScript.BundlePath)) sink.File(Search.SearchScript.BundlePath, Search.SearchScript.Bytes);
    }

    /// <summary>
    /// assets/theme.css (site.yaml's colours as CSS variables; pages allow no inline style) and the logo,
    /// copied from the catalog. Without site.yaml the theme is empty and the stylesheet's defaults apply.
    /// </summary>
    public static void WriteTheme(ChannelContext context, SharedSink sink)
    {
        var config = context.Site.Config;
        var css = new System.Text.StringBuilder(":root {");
        if (config?.Primary is { } p) css.Append(" --primary: ").Append(p).Append(';');
        if (config?.Accent is { } a) css.Append(" --accent: ").Append(a).Append(';');
        css.Append(" }\n");
        sink.File("assets/theme.css", System.Text.Encoding.UTF8.GetBytes(css.ToString()));
        if (LogoPath(config) is { } logo && LogoSource(context.Index.Root, config!.Logo!) is { } source)
        {
            sink.File(logo, File.ReadAllBytes(source));
        }
    }

    /// <summary>Where the logo goes in a bundle (assets/site-logo.EXT), or null without a logo.</summary>
    public static string? LogoPath(SiteConfig? config) =>
        config?.Logo is { } logo && !logo.Contains("..", StringComparison.Ordinal) ? "assets/site-logo" + Path.GetExtension(logo).ToLowerInvariant() : null;

    // Only a file inside the catalog: the schema allows no "..", and this checks again.
    private static string? LogoSource(string catalogRoot, string logo)
    {
        var root = Path.GetFullPath(catalogRoot);
        var full = Path.GetFullPath(Path.Combine(root, logo));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }
}
