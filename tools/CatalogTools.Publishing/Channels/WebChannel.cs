using System.Text;
using System.Text.Json;
using CatalogTools.Publishing.Guides;
using CatalogTools.Publishing.Rendering;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// The static web site: index (regions) → regions/CODE.html (departments and items) →
/// guides/CODE.html (the guide, with JSON-LD) and notices/CODE.html (一次性告知单), plus a
/// client-side search index (search-index.js) and the assets in templates/web/.
/// </summary>
public sealed class WebChannel : IChannel
{
    public string Name => "web";

    public IReadOnlyList<string> ItemPaths(string code) => [$"guides/{code}.html", $"notices/{code}.html"];

    public void RenderItem(PreparedGuide guide, ChannelContext context, FileSink sink)
    {
        var model = PageModel.Guide(context, guide, "../");
        sink($"guides/{guide.Code}.html", context.Templates.RenderUtf8("guide", model));
        sink($"notices/{guide.Code}.html", context.Templates.RenderUtf8("notice", model));
    }

    public void RenderShared(ChannelContext context, SharedSink sink)
    {
        SitePages.WriteIndexRegionsAndAssets(context, sink);
        sink.File("search-index.js", SearchIndex(context));
    }

    /// <summary>window.CATALOG_SEARCH = [[code, name, region, agency, type], ...]: substring search works for Chinese.</summary>
    private static byte[] SearchIndex(ChannelContext context)
    {
        using var stream = new MemoryStream();
        stream.Write("window.CATALOG_SEARCH="u8);
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = GuideJson.SafeEncoder }))
        {
            w.WriteStartArray();
            foreach (var g in context.Guides)
            {
                w.WriteStartArray();
                w.WriteStringValue(g.Code);
                w.WriteStringValue(g.Name);
                w.WriteStringValue(context.Index.Regions.TryGetValue(g.Region, out var r) ? r.Name : g.Region);
                w.WriteStringValue(context.Index.Agencies.TryGetValue(g.Agency, out var a) ? a.Name : g.Agency);
                w.WriteStringValue(g.Type);
                w.WriteEndArray();
            }
            w.WriteEndArray();
        }
        stream.Write(";\n"u8);
        return stream.ToArray();
    }
}
