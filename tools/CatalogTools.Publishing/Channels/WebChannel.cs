using CatalogTools.Publishing.Bundles;
using System.Text;
using System.Text.Json;
using CatalogTools.Publishing.Guides;
using CatalogTools.Publishing.Rendering;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// The static web site: index (regions) → regions/CODE.html (departments and items) →
/// guides/CODE.html (the guide, with JSON-LD) and notices/CODE.html (一次性告知单, with a QR code to the
/// guide when site.yaml gives a baseUrl), plus a
/// client-side search index (search-index.js) and the assets in templates/web/.
/// </summary>
public sealed class WebChannel : IChannel
{
    public string Name => "web";

    public IReadOnlyList<string> ItemPaths(string code) => [BundlePath.Of("guides", code, ".html"), BundlePath.Of("notices", code, ".html")];

    public void RenderItem(PreparedGuide guide, ChannelContext context, FileSink sink)
    {
        var model = PageModel.Guide(context, guide, "../");
        sink(BundlePath.Of("guides", guide.Code, ".html"), context.Templates.RenderUtf8("guide", model));
        model["qr"] = GuideQrCode.Model(context.Site.Config, guide.Code);
        sink(BundlePath.Of("notices", guide.Code, ".html"), context.Templates.RenderUtf8("notice", model));
    }

    public void RenderShared(ChannelContext context, SharedSink sink)
    {
        SitePages.WriteIndexRegionsAndAssets(context, sink);
        var rows = SearchRows(context);
        sink.File("search-index.js", ModelFingerprint.OfRows("search-index", rows), () => SearchIndex(rows));
    }

    /// <summary>[code, name, region, agency, type] of every guide, in code order.</summary>
    private static List<string[]> SearchRows(ChannelContext context) => context.Listing.Select(g => new[]
    {
        g.Code,
        g.Name,
        context.Index.Regions.TryGetValue(g.Region, out var r) ? r.Name : g.Region,
        context.Index.Agencies.TryGetValue(g.Agency, out var a) ? a.Name : g.Agency,
        g.Type,
    }).ToList();

    /// <summary>window.CATALOG_SEARCH = [[code, name, region, agency, type], ...]: substring search works for Chinese.</summary>
    private static byte[] SearchIndex(List<string[]> rows)
    {
        using var stream = new MemoryStream(64 + rows.Count * 160);
        stream.Write("window.CATALOG_SEARCH="u8);
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = GuideJson.SafeEncoder }))
        {
            w.WriteStartArray();
            foreach (var row in rows)
            {
                w.WriteStartArray();
                foreach (var value in row) w.WriteStringValue(value);
                w.WriteEndArray();
            }
            w.WriteEndArray();
        }
        stream.Write(";\n"u8);
        return stream.ToArray();
    }
}
