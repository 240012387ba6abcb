using CatalogTools.Publishing.Rendering;

namespace CatalogTools.Publishing.Channels;

/// <summary>The pages web and kiosk share: the index of regions, one page per region, and the template's assets.</summary>
internal static class SitePages
{
    public static void WriteIndexRegionsAndAssets(ChannelContext context, SharedSink sink)
    {
        var tree = RegionTree.Build(context.Index, context.Listing);
        var index = PageModel.Site(context, "");
        index["regions"] = PageModel.Regions(tree);
        index["total"] = context.Listing.Count;
        sink.Page("index.html", context.Templates, "index", index);
        foreach (var region in tree.RegionsWithGuides)
        {
            sink.Page($"regions/{region}.html", context.Templates, "region", PageModel.Region(context, tree, region, "../"));
        }
        foreach (var (relative, full) in context.Templates.Assets()) sink.File(relative, File.ReadAllBytes(full));
    }
}
