using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CatalogTools.Query.Output;

/// <summary>JSON: {"columns": [...], "rows": [{column: value}, ...]}; numbers and booleans keep their type.</summary>
public static class JsonWriter
{
    public static void Write(QueryResult result, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("columns");
        foreach (var column in result.Columns) json.WriteStringValue(column);
        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in result.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < row.Length; i++)
            {
                json.WritePropertyName(result.Columns[i]);
                WriteValue(json, row[i]);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case double d when double.IsFinite(d): json.WriteNumberValue(d); break;
            case float f when float.IsFinite(f): json.WriteNumberValue(f); break;
            case decimal m: json.WriteNumberValue(m); break;
            case int or long or short or byte or sbyte or ushort or uint: json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case ulong u: json.WriteNumberValue(u); break;
            case System.Numerics.BigInteger n: json.WriteRawValue(n.ToString(CultureInfo.InvariantCulture)); break;
            default: json.WriteStringValue(ValueText.Of(value)); break;
        }
    }
}
