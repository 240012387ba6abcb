using System.Text;
using System.Text.Json;
using CatalogTools.Publishing.Guides;

namespace CatalogTools.Publishing.Rendering;

/// <summary>
/// schema.org GovernmentService for a guide page. Written with an encoder that escapes &lt; &gt; &amp;,
/// so "&lt;/script&gt;" in catalog text cannot end the script element.
/// </summary>
public static class JsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = GuideJson.SafeEncoder, Indented = false };

    public static string Of(JsonElement g)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            w.WriteString("@type", "GovernmentService");
            w.WriteString("identifier", Str(g, "code"));
            w.WriteString("name", Str(g, "name"));
            w.WriteString("serviceType", Str(g, "type"));
            if (g.TryGetProperty("serviceObjects", out var objects) && objects.GetArrayLength() > 0)
            {
                w.WriteStartObject("audience");
                w.WriteString("@type", "Audience");
                w.WriteString("audienceType", string.Join("、", objects.EnumerateArray().Select(o => o.GetString())));
                w.WriteEndObject();
            }
            var agency = g.GetProperty("agency");
            w.WriteStartObject("provider");
            w.WriteString("@type", "GovernmentOrganization");
            w.WriteString("name", Str(agency, "name"));
            w.WriteString("identifier", Str(agency, "code"));
            w.WriteEndObject();
            var region = g.GetProperty("region");
            w.WriteStartObject("areaServed");
            w.WriteString("@type", "AdministrativeArea");
            w.WriteString("name", Str(region, "name"));
            w.WriteString("identifier", Str(region, "code"));
            w.WriteEndObject();
            if (g.TryGetProperty("conditions", out var conditions) && conditions.GetArrayLength() > 0)
            {
                w.WriteString("description", string.Join("；", conditions.EnumerateArray().Select(c => c.GetString())));
            }
            w.WriteStartObject("availableChannel");
            w.WriteString("@type", "ServiceChannel");
            w.WriteString("availableLanguage", "zh-CN");
            if (g.TryGetProperty("consultation", out var consultation))
            {
                w.WriteStartObject("servicePhone");
                w.WriteString("@type", "ContactPoint");
                w.WriteString("telephone", Str(consultation, "phone"));
                if (consultation.TryGetProperty("email", out var email)) w.WriteString("email", email.GetString());
                w.WriteString("contactType", "咨询");
                w.WriteEndObject();
            }
            if (g.TryGetProperty("address", out var address))
            {
                w.WriteStartObject("serviceLocation");
                w.WriteString("@type", "Place");
                w.WriteString("address", address.GetString());
                w.WriteEndObject();
            }
            w.WriteEndObject();
            if (g.TryGetProperty("basis", out var basis) && basis.GetArrayLength() > 0)
            {
                w.WriteString("termsOfService", string.Join("；", basis.EnumerateArray().Select(b =>
                    $"《{Str(b, "law")}》{Str(b, "article")}" + (b.TryGetProperty("documentNumber", out var n) ? $"（{n.GetString()}）" : ""))));
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
}
