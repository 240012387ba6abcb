using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Rendering;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// Self-service kiosk pages for portrait 1080×1920 touch screens: index (regions) → regions/CODE.html
/// → guides/CODE.html with a printable material checklist, the same search as the web (search/), and an idle reset to the index. No external assets; works offline.
/// </summary>
public sealed class KioskChannel : IChannel
{
    public string Name => "kiosk";

    public IReadOnlyList<string> ItemPaths(string code) => [BundlePath.Of("guides", code, ".html")];

    public void RenderItem(PreparedGuide guide, ChannelContext context, FileSink sink)
    {
        var model = PageModel.Guide(context, guide, "../");
        sink(BundlePath.Of("guides", guide.Code, ".html"), context.Templates.RenderUtf8("guide", model));
    }

    public void RenderShared(ChannelContext context, SharedSink sink)
    {
        SitePages.WriteIndexRegionsAndAssets(context, sink);
        SitePages.WriteSearch(context, sink);
    }
}
