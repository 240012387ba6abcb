using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace CatalogTools.Publishing.Trust;

/// <summary>
/// The bytes a metadata signature covers: the "signed" object in canonical JSON, which is RFC 8785
/// (JCS) restricted to what the metadata holds — objects, arrays, strings, integers, booleans and
/// null; no fractions. No whitespace; object members sorted by their names' UTF-16 code units;
/// strings as UTF-8 with only <c>"</c>, <c>\</c> and control characters escaped (\b \t \n \f \r, other
/// controls as \u00xx). Any JCS library in another language gives the same bytes for these documents.
/// </summary>
public static class CanonicalJson
{
    public static byte[] Bytes(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Write(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj:
                text.Append('{');
                var first = true;
                foreach (var (name, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!first) text.Append(',');
                    first = false;
                    String(name, text);
                    text.Append(':');
                    Write(value, text);
                }
                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) text.Append(',');
                    Write(array[i], text);
                }
                text.Append(']');
                break;
            case JsonValue value:
                Value(value, text);
                break;
        }
    }

    private static void Value(JsonValue value, StringBuilder text)
    {
        switch (value.GetValueKind())
        {
            case System.Text.Json.JsonValueKind.String: String(value.GetValue<string>(), text); break;
            case System.Text.Json.JsonValueKind.True: text.Append("true"); break;
            case System.Text.Json.JsonValueKind.False: text.Append("false"); break;
            case System.Text.Json.JsonValueKind.Null: text.Append("null"); break;
            case System.Text.Json.JsonValueKind.Number:
                // Integers only: a fraction has no single canonical form across languages.
                if (!long.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
                {
                    throw new MetadataFormatException(new("trust.integersOnly"));
                }
                text.Append(whole.ToString(CultureInfo.InvariantCulture));
                break;
            default: throw new FormatException("unsupported JSON value");
        }
    }

    private static void String(string s, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\t': text.Append("\\t"); break;
                case '\n': text.Append("\\n"); break;
                case '\f': text.Append("\\f"); break;
                case '\r': text.Append("\\r"); break;
                default:
                    if (c < 0x20) text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        text.Append('"');
    }
}
