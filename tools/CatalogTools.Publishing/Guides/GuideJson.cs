using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace CatalogTools.Publishing.Guides;

/// <summary>
/// The canonical JSON of a guide (camelCase, declaration order, nulls left out, no indentation,
/// Chinese kept as is, HTML-sensitive characters escaped) and its content hash (SHA-256 of those bytes).
/// The mobile channel ships these bytes as they are.
/// </summary>
public static class GuideJson
{
    /// <summary>Keeps CJK readable but escapes &lt; &gt; &amp; ' " so the text is safe inside &lt;script&gt;.</summary>
    public static readonly JavaScriptEncoder SafeEncoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = SafeEncoder,
        WriteIndented = false,
    };

    public static byte[] Canonical(GuideModel guide) => JsonSerializer.SerializeToUtf8Bytes(guide, Options);

    public static GuideModel? Parse(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize<GuideModel>(json, Options);

    public static string Hash(ReadOnlySpan<byte> canonical) => Convert.ToHexStringLower(SHA256.HashData(canonical));
}

/// <summary>One element value of a guide: its path (<c>materials[0].name</c>) and the text every channel shows.</summary>
public readonly record struct GuideElement(string Path, string Text);

/// <summary>
/// A guide as a flat list of its element values. Channels mark each rendered value with its path
/// (<c>data-el</c>), the coverage test and <c>catalog audit</c> compare these lists.
/// </summary>
public static class GuideElements
{
    public static List<GuideElement> Of(ReadOnlySpan<byte> canonicalJson)
    {
        using var doc = JsonDocument.Parse(canonicalJson.ToArray());
        return Of(doc.RootElement);
    }

    public static List<GuideElement> Of(JsonElement root)
    {
        var list = new List<GuideElement>();
        Walk(root, "", list);
        return list;
    }

    /// <summary>How a leaf value reads: strings as written, numbers invariant, booleans 是/否.</summary>
    public static string Text(JsonElement leaf) => leaf.ValueKind switch
    {
        JsonValueKind.String => leaf.GetString() ?? "",
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        _ => leaf.GetRawText(),
    };

    private static void Walk(JsonElement e, string path, List<GuideElement> list)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject()) Walk(p.Value, path.Length == 0 ? p.Name : path + "." + p.Name, list);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var x in e.EnumerateArray()) Walk(x, $"{path}[{i++}]", list);
                break;
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                break;
            default:
                list.Add(new GuideElement(path, Text(e)));
                break;
        }
    }
}
