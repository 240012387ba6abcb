using System.Text.Json;

namespace CatalogTools.Publishing.Audit;

/// <summary>
/// Every field of a JSON document as path → value (raw JSON of the leaf; empty objects, empty arrays
/// and nulls count as fields too), so any field added, removed or changed shows. Array entries that
/// are objects with a string <c>code</c> are keyed by it (<c>items[CODE].name</c>), so one entry
/// removed is one difference, not a shift of every later index.
/// </summary>
public static class JsonFields
{
    public static Dictionary<string, string>? Of(byte[] json, out string? problem)
    {
        problem = null;
        try
        {
            using var doc = JsonDocument.Parse(json);
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            Walk(doc.RootElement, "", fields);
            return fields;
        }
        catch (JsonException e)
        {
            problem = e.Message;
            return null;
        }
    }

    public static List<(ChangeKind Kind, string Path, string? Expected, string? Actual)> Compare(Dictionary<string, string> expected, Dictionary<string, string> actual)
    {
        var changes = new List<(ChangeKind, string, string?, string?)>();
        foreach (var (path, want) in expected)
        {
            if (!actual.TryGetValue(path, out var got)) changes.Add((ChangeKind.Removed, path, want, null));
            else if (got != want) changes.Add((ChangeKind.Changed, path, want, got));
        }
        foreach (var (path, got) in actual)
        {
            if (!expected.ContainsKey(path)) changes.Add((ChangeKind.Added, path, null, got));
        }
        return changes.OrderBy(c => c.Item2, StringComparer.Ordinal).ToList();
    }

    /// <summary>A leaf as a person reads it: strings without quotes, anything else as JSON.</summary>
    public static string Shown(string raw) => raw.StartsWith('"') ? JsonSerializer.Deserialize<string>(raw) ?? "" : raw;

    private static void Walk(JsonElement e, string path, Dictionary<string, string> fields)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var any = false;
                foreach (var p in e.EnumerateObject())
                {
                    any = true;
                    Walk(p.Value, path.Length == 0 ? p.Name : $"{path}.{p.Name}", fields);
                }
                if (!any) fields[path] = "{}";
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var x in e.EnumerateArray())
                {
                    var key = x.ValueKind == JsonValueKind.Object && x.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null;
                    var entry = key is not null && !fields.ContainsKey($"{path}[{key}].code") ? $"{path}[{key}]" : $"{path}[{i}]";
                    Walk(x, entry, fields);
                    i++;
                }
                if (i == 0) fields[path] = "[]";
                break;
            default:
                fields[path] = e.GetRawText();
                break;
        }
    }
}
