using System.Text;
using System.Xml;
using CatalogTools.Publishing.Rendering;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// sitemap.xml for the web channel (sitemaps.org 0.9): every page a search engine should find — home,
/// region, listing and guide pages (not the printable notices, which repeat the guide). Up to
/// site.yaml's <c>sitemapMaxUrls</c> (at most 50,000, the protocol's limit) it is one file; beyond that
/// the URLs go into sitemap-1.xml, sitemap-2.xml, … and sitemap.xml is their index. Written only with a
/// base URL: a sitemap holds absolute URLs.
/// </summary>
internal static class Sitemap
{
    public const string FileName = "sitemap.xml";
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static void Write(ChannelContext context, SharedSink sink, IReadOnlyList<string> pages)
    {
        var config = context.Site.Config;
        if (config?.BaseUrl is null) return;
        var urls = pages.Select(p => Canonical.Url(config, p)!).ToList();
        var max = config.SitemapMaxUrls;
        if (urls.Count <= max)
        {
            sink.File(FileName, ModelFingerprint.OfRows("sitemap", urls.Select(u => new[] { u })), () => UrlSet(urls));
            return;
        }
        var parts = new List<string>();
        for (var start = 0; start < urls.Count; start += max)
        {
            var name = $"sitemap-{(start / max + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}.xml";
            var chunk = urls.GetRange(start, Math.Min(max, urls.Count - start));
            sink.File(name, ModelFingerprint.OfRows("sitemap", chunk.Select(u => new[] { u })), () => UrlSet(chunk));
            parts.Add(Canonical.Url(config, name)!);
        }
        sink.File(FileName, ModelFingerprint.OfRows("sitemap-index", parts.Select(u => new[] { u })), () => Index(parts));
    }

    private static byte[] UrlSet(IReadOnlyList<string> urls) => Xml(w =>
    {
        w.WriteStartElement("urlset", Namespace);
        foreach (var url in urls)
        {
            w.WriteStartElement("url", Namespace);
            w.WriteElementString("loc", Namespace, url);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });

    private static byte[] Index(IReadOnlyList<string> parts) => Xml(w =>
    {
        w.WriteStartElement("sitemapindex", Namespace);
        foreach (var url in parts)
        {
            w.WriteStartElement("sitemap", Namespace);
            w.WriteElementString("loc", Namespace, url);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });

    private static byte[] Xml(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            w.WriteStartDocument();
            write(w);
            w.WriteEndDocument();
        }
        return stream.ToArray();
    }
}
