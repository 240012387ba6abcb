using System.Text.Json;
using CatalogTools.Publishing.Guides;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// Compact JSON for the mobile app: items/CODE.json (the guide's canonical JSON, whose SHA-256 is
/// the item's content hash), regions.json, regions/CODE.json (the region's items), and the JSON
/// Schema for app developers (templates/mobile/guide.schema.json, copied as is).
/// </summary>
public sealed class MobileChannel : IChannel
{
    public string Name => "mobile";

    public IReadOnlyList<string> ItemPaths(string code) => [$"items/{code}.json"];

    public void RenderItem(PreparedGuide guide, ChannelContext context, FileSink sink) => sink($"items/{guide.Code}.json", guide.Json);

    public void RenderShared(ChannelContext context, SharedSink sink)
    {
        var tree = RegionTree.Build(context.Index, context.Listing);
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
            sink.File($"regions/{region}.json", Json(options, w =>
            {
                w.WriteStartObject();
                w.WriteString("region", region);
                w.WriteStartArray("items");
                foreach (var d in tree.DepartmentsOf(region))
                {
                    foreach (var g in d.Guides)
                    {
                        w.WriteStartObject();
                        w.WriteString("code", g.Code);
                        w.WriteString("name", g.Name);
                        w.WriteString("type", g.Type);
                        w.WriteString("agency", d.Code);
                        w.WriteString("agencyName", d.Name);
                        w.WriteString("hash", g.Hash);
                        w.WriteString("path", $"items/{g.Code}.json");
                        w.WriteEndObject();
                    }
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }));
        }
        foreach (var (relative, full) in context.Templates.Assets()) sink.File(relative, File.ReadAllBytes(full));
    }

    private static byte[] Json(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, options)) write(w);
        return stream.ToArray();
    }
}
