using System.Text.Json;
using CatalogTools.Publishing.Rendering;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// The ways in for the mobile app as JSON: entries.json (schemas/bundle/mobile-entries.schema.json) names every
/// service object, theme and department, and 一件事一次办 (bundles/index.json), with its item count and first page; each listing's pages are
/// LIST/index.json, LIST/page-2.json, … (schemas/bundle/mobile-listing.schema.json), paginated like the web's.
/// Each file is rewritten only when what it lists changes.
/// </summary>
internal static class MobileEntries
{
    public const string FileName = "entries.json";

    public static void Write(ChannelContext context, SharedSink sink, JsonWriterOptions options)
    {
        var views = context.Views.Entries;
        var size = SiteConfig.PageSizeOf(context.Site.Config);
        var groups = new (string Name, IReadOnlyList<EntryList> Lists)[] { ("objects", views.Objects), ("themes", views.Themes), ("departments", views.Departments), ("bundles", views.Bundles is { } b ? [b] : []) };
        var rows = groups.SelectMany(g => g.Lists.Select(l => new[] { g.Name, l.Code, l.Name, l.Description, l.RegionName, l.Entries.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) })).ToList();
        sink.File(FileName, ModelFingerprint.OfRows("mobile-entries\u0001" + size, rows), () => Json(options, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("pageSize", size);
            foreach (var (name, lists) in groups)
            {
                w.WriteStartArray(name);
                foreach (var l in lists)
                {
                    w.WriteStartObject();
                    w.WriteString("code", l.Code);
                    w.WriteString("name", l.Name);
                    if (l.Description is not null) w.WriteString("description", l.Description);
                    if (l.RegionName is not null) w.WriteString("regionName", l.RegionName);
                    w.WriteNumber("items", l.Entries.Count);
                    w.WriteNumber("pages", Paging.PageCount(l.Entries.Count, size));
                    w.WriteString("path", Paging.PathOf(l.Path, 1, ".json"));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }));
        foreach (var list in groups.SelectMany(g => g.Lists)) WriteList(sink, options, list, size);
    }

    private static void WriteList(SharedSink sink, JsonWriterOptions options, EntryList list, int size)
    {
        var pages = Paging.PageCount(list.Entries.Count, size);
        for (var page = 1; page <= pages; page++)
        {
            var entries = Paging.Slice(list.Entries, page, size).ToList();
            var rows = entries.Select(e => new[] { e.Folder, e.Code, e.Name, e.Type, e.RegionName, e.AgencyName }).ToList();
            var current = page;
            var kind = $"mobile-listing\u0001{list.Kind}\u0001{list.Code}\u0001{list.Name}\u0001{current}\u0001{pages}\u0001{list.Entries.Count}";
            sink.File(Paging.PathOf(list.Path, page, ".json"), ModelFingerprint.OfRows(kind, rows), () => Json(options, w =>
            {
                w.WriteStartObject();
                w.WriteString("kind", list.Kind);
                w.WriteString("code", list.Code);
                w.WriteString("name", list.Name);
                w.WriteNumber("page", current);
                w.WriteNumber("pages", pages);
                w.WriteNumber("total", list.Entries.Count);
                if (current > 1) w.WriteString("prev", Paging.PathOf(list.Path, current - 1, ".json"));
                if (current < pages) w.WriteString("next", Paging.PathOf(list.Path, current + 1, ".json"));
                w.WriteStartArray("items");
                foreach (var e in entries)
                {
                    w.WriteStartObject();
                    w.WriteString("code", e.Code);
                    w.WriteString("name", e.Name);
                    w.WriteString("type", e.Type);
                    w.WriteString("regionName", e.RegionName);
                    w.WriteString("agencyName", e.AgencyName);
                    // Guides are items/CODE.json; other entries (一件事 bundles, later) name their own folder.
                    w.WriteString("path", e.Folder == "guides" ? $"items/{e.Code}.json" : $"{e.Folder}/{e.Code}.json");
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }));
        }
    }

    private static byte[] Json(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, options)) write(w);
        return stream.ToArray();
    }
}
