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
        Bundles.BundleSchemas.Write("web", sink);
    }
}
