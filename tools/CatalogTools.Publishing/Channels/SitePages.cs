using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Rendering;

namespace CatalogTools.Publishing.Channels;

/// <summary>The pages web and kiosk share: the index of regions, one page per region, and the template's assets.</summary>
internal static class SitePages
{
    public static void WriteIndexRegionsAndAssets(ChannelContext context, SharedSink sink)
    {
        var tree = context.Views.Tree;
        var index = PageModel.Site(context, "");
        index["regions"] = PageModel.Regions(tree);
        index["total"] = context.Listing.Count;
        sink.Page("index.html", context.Templates, "index", index);
        foreach (var region in tree.RegionsWithGuides)
        {
            // The model is made from the site, the registries, the tree, the region and the root only
            // (not the channel), so its fingerprint is computed once for web and kiosk.
            var input = context.Views.Fingerprints.GetOrAdd($"region\u0001{region}\u0001../", _ => ModelFingerprint.Of("region", PageModel.Region(context, tree, region, "../")));
            sink.Page(BundlePath.Of("regions", region, ".html"), context.Templates, "region", input, () => PageModel.Region(context, tree, region, "../"));
        }
        foreach (var (relative, full) in context.Templates.Assets()) sink.File(relative, File.ReadAllBytes(full));
        WriteTheme(context, sink);
        Bundles.BundleSchemas.Write("web", sink);
    }

    /// <summary>The search index (search/); a file whose bytes did not change keeps its manifest entry and is not rewritten.</summary>
    public static void WriteSearch(ChannelContext context, SharedSink sink)
    {
        foreach (var (path, bytes) in context.Views.Search.Files) sink.File(path, bytes);
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
