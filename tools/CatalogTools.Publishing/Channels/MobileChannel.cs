using CatalogTools.Publishing.Bundles;
using System.Text.Json;
using CatalogTools.Publishing.Guides;
using CatalogTools.Publishing.Rendering;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// Compact JSON for the mobile app: items/CODE.json (the guide's canonical JSON, whose SHA-256 is
/// the item's content hash), regions.json, regions/CODE.json (the region's items), bundles/CODE.json (each 一件事, <see cref="MobileBundles"/>), entries.json and the
/// paginated listings of the other ways in (<see cref="MobileEntries"/>), and the JSON
/// Schema for app developers (templates/mobile/guide.schema.json, copied as is).
/// </summary>
public sealed class MobileChannel : IChannel
{
    public string Name => "mobile";

    public IReadOnlyList<string> ItemPaths(string code) => [BundlePath.Of("items", code, ".json")];

    public void RenderItem(PreparedGuide guide, ChannelContext context, FileSink sink) => sink(BundlePath.Of("items", guide.Code, ".json"), guide.Json);

    public void RenderShared(ChannelContext context, SharedSink sink)
    {
        var tree = context.Views.Regions;
        var options = new JsonWriterOptions { Encoder = GuideJson.SafeEncoder };
        sink.File("regions.json", Json(options, w =>
        {
            w.WriteStartArray();
            foreach (var n in tree.Nodes)
            {
                w.WriteStartObject();
                w.WriteString("code", n.Code);
                w.WriteString("name", n.Name);
                if (n.Level is not null) w.WriteString("level", n.Level);
                if (n.Parent is not null) w.WriteString("parent", n.Parent);
                w.WriteNumber("items", n.Items);
                w.WriteBoolean("hasIndex", tree.DepartmentsOf(n.Code).Count > 0);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }));
        foreach (var region in tree.RegionsWithGuides)
        {
            // Rows first: the file is written from them and its input fingerprint taken over them.
            var rows = tree.DepartmentsOf(region).SelectMany(d => d.Guides.Select(g => new[] { g.Code, g.Name, g.Type, d.Code, d.Name, g.Hash, BundlePath.Of("items", g.Code, ".json") })).ToList();
            sink.File(BundlePath.Of("regions", region, ".json"), ModelFingerprint.OfRows("mobile-region\u0001" + region, rows), () => Json(options, w =>
            {
                w.WriteStartObject();
                w.WriteString("region", region);
                w.WriteStartArray("items");
                foreach (var row in rows)
                {
                    w.WriteStartObject();
                    for (var i = 0; i < RegionItemFields.Length; i++) w.WriteString(RegionItemFields[i], row[i]);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }));
        }
        MobileEntries.Write(context, sink, options);
        MobileBundles.Write(context, sink, options);
        if (context.Site.Config is { } site) sink.File("site.json", SiteJson(options, site));
        foreach (var (relative, full) in context.Templates.Assets()) sink.File(relative, File.ReadAllBytes(full));
        Bundles.BundleSchemas.Write(Name, sink);
    }

    /// <summary>site.json (schemas/bundle/mobile-site.schema.json): site.yaml for the app's header and footer; absent without site.yaml.</summary>
    private static byte[] SiteJson(JsonWriterOptions options, SiteConfig site) => Json(options, w =>
    {
        w.WriteStartObject();
        w.WriteString("name", site.Name);
        w.WriteString("sponsor", site.Sponsor);
        Optional(w, "organizer", site.Organizer);
        Optional(w, "siteCode", site.SiteCode);
        Optional(w, "icp", site.Icp);
        Optional(w, "publicSecurity", site.PublicSecurity);
        if (site.Phone is not null || site.Email is not null || site.Address is not null)
        {
            w.WriteStartObject("contact");
            Optional(w, "phone", site.Phone);
            Optional(w, "email", site.Email);
            Optional(w, "address", site.Address);
            w.WriteEndObject();
        }
        Optional(w, "logo", SitePages.LogoPath(site));
        if (site.Primary is not null || site.Accent is not null)
        {
            w.WriteStartObject("colors");
            Optional(w, "primary", site.Primary);
            Optional(w, "accent", site.Accent);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    });

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    private static readonly string[] RegionItemFields = ["code", "name", "type", "agency", "agencyName", "hash", "path"];

    private static byte[] Json(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, options)) write(w);
        return stream.ToArray();
    }
}
