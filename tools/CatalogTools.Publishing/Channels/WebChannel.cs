using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Rendering;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// The static web site: index (regions) → regions/CODE.html (departments and items) →
/// guides/CODE.html (the guide, with JSON-LD) and notices/CODE.html (一次性告知单, with a QR code to the
/// guide when site.yaml gives a baseUrl), plus a
/// client-side search index in chunks (search/, see <see cref="Search.SearchIndex"/>) and the assets in templates/web/; besides, the ways in
/// (个人办事 / 法人办事, themes, departments: <see cref="EntryPages"/>), canonical links and sitemap.xml.
/// </summary>
public sealed class WebChannel : IChannel
{
    public string Name => "web";

    public IReadOnlyList<string> ItemPaths(string code) => [BundlePath.Of("guides", code, ".html"), BundlePath.Of("notices", code, ".html")];

    public void RenderItem(PreparedGuide guide, ChannelContext context, FileSink sink)
    {
        var model = PageModel.Guide(context, guide, "../");
        var guidePath = BundlePath.Of("guides", guide.Code, ".html");
        var noticePath = BundlePath.Of("notices", guide.Code, ".html");
        model["canonical"] = Canonical.Of(context.Site.Config, guidePath);
        sink(guidePath, context.Templates.RenderUtf8("guide", model));
        model["canonical"] = Canonical.Of(context.Site.Config, noticePath);
        model["qr"] = GuideQrCode.Model(context.Site.Config, guide.Code);
        sink(noticePath, context.Templates.RenderUtf8("notice", model));
    }

    public void RenderShared(ChannelContext context, SharedSink sink)
    {
        var pages = SitePages.WriteIndexRegionsAndAssets(context, sink, canonical: true);
        // Guides in the listing's code order, after the pages that lead to them.
        foreach (var g in context.Listing) pages.Add(BundlePath.Of("guides", g.Code, ".html"));
        Sitemap.Write(context, sink, pages);
        SitePages.WriteSearch(context, sink);
    }
}
