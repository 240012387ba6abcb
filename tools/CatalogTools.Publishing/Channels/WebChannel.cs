using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Rendering;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// The static web site: index (regions) → regions/CODE.html (departments and items) →
/// guides/CODE.html (the guide, with JSON-LD) and notices/CODE.html (一次性告知单), plus a
/// client-side search index in chunks (search/, see <see cref="Search.SearchIndex"/>) and the assets in templates/web/.
/// </summary>
public sealed class WebChannel : IChannel
{
    public string Name => "web";

    public IReadOnlyList<string> ItemPaths(string code) => [BundlePath.Of("guides", code, ".html"), BundlePath.Of("notices", code, ".html")];

    public void RenderItem(PreparedGuide guide, ChannelContext context, FileSink sink)
    {
        var model = PageModel.Guide(context, guide, "../");
        sink(BundlePath.Of("guides", guide.Code, ".html"), context.Templates.RenderUtf8("guide", model));
        sink(BundlePath.Of("notices", guide.Code, ".html"), context.Templates.RenderUtf8("notice", model));
    }

    public void RenderShared(ChannelContext context, SharedSink sink)
    {
        SitePages.WriteIndexRegionsAndAssets(context, sink);
        SitePages.WriteSearch(context, sink);
    }
}
