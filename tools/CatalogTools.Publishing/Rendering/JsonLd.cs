using System.Buffers;
using System.Text;
using System.Text.Json;
using CatalogTools.Publishing.Guides;
using Scriban.Runtime;

namespace CatalogTools.Publishing.Rendering;

/// <summary>
/// schema.org GovernmentService for a guide page, read from the guide's template values
/// (<see cref="TemplateValues"/>). Written with an encoder that escapes &lt; &gt; &amp;, so
/// "&lt;/script&gt;" in catalog text cannot end the script element.
/// </summary>
public static class JsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = GuideJson.SafeEncoder, Indented = false };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    public static string Of(ScriptObject g)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            w.WriteString("@type", "GovernmentService");
            w.WriteString("identifier", Str(g, "code"));
            w.WriteString("name", Str(g, "name"));
            w.WriteString("serviceType", Str(g, "type"));
            if (g.TryGetValue("serviceObjects", out var objects) && objects is ScriptArray { Count: > 0 } objectList)
            {
                w.WriteStartObject("audience");
                w.WriteString("@type", "Audience");
                w.WriteString("audienceType", Join("、", objectList));
                w.WriteEndObject();
            }
            var agency = Obj(g, "agency");
            w.WriteStartObject("provider");
            w.WriteString("@type", "GovernmentOrganization");
            w.WriteString("name", Str(agency, "name"));
            w.WriteString("identifier", Str(agency, "code"));
            w.WriteEndObject();
            var region = Obj(g, "region");
            w.WriteStartObject("areaServed");
            w.WriteString("@type", "AdministrativeArea");
            w.WriteString("name", Str(region, "name"));
            w.WriteString("identifier", Str(region, "code"));
            w.WriteEndObject();
            if (g.TryGetValue("conditions", out var conditions) && conditions is ScriptArray { Count: > 0 } conditionList)
            {
                w.WriteString("description", Join("；", conditionList));
            }
            w.WriteStartObject("availableChannel");
            w.WriteString("@type", "ServiceChannel");
            w.WriteString("availableLanguage", "zh-CN");
            if (g.TryGetValue("consultation", out var c) && c is ScriptObject consultation)
            {
                w.WriteStartObject("servicePhone");
                w.WriteString("@type", "ContactPoint");
                w.WriteString("telephone", Str(consultation, "phone"));
                if (consultation.TryGetValue("email", out var email)) w.WriteString("email", Text(email));
                w.WriteString("contactType", "咨询");
                w.WriteEndObject();
            }
            if (g.TryGetValue("address", out var address))
            {
                w.WriteStartObject("serviceLocation");
                w.WriteString("@type", "Place");
                w.WriteString("address", Text(address));
                w.WriteEndObject();
            }
            w.WriteEndObject();
            if (g.TryGetValue("basis", out var basis) && basis is ScriptArray { Count: > 0 } basisList)
            {
                var terms = new StringBuilder();
                foreach (var item in basisList)
                {
                    if (terms.Length > 0) terms.Append('；');
                    var b = (ScriptObject)item!;
                    terms.Append('《').Append(Str(b, "law")).Append('》').Append(Str(b, "article"));
                    if (b.TryGetValue("documentNumber", out var number)) terms.Append('（').Append(Text(number)).Append('）');
                }
                w.WriteString("termsOfService", terms.ToString());
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static ScriptObject Obj(ScriptObject o, string name) =>
        o.TryGetValue(name, out var v) && v is ScriptObject child ? child : throw new KeyNotFoundException($"guide JSON without '{name}'");

    /// <summary>The value of a text property, or "" when it is missing or not text.</summary>
    private static string Str(ScriptObject o, string name) => o.TryGetValue(name, out var v) && v is Leaf { Value: string s } ? s : "";

    /// <summary>A leaf's text as JsonElement.GetString() read it (null for a JSON null).</summary>
    private static string? Text(object? v) => v is Leaf leaf ? leaf.Value as string : null;

    private static string Join(string separator, ScriptArray items)
    {
        var text = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) text.Append(separator);
            text.Append(Text(items[i]));
        }
        return text.ToString();
    }
}
