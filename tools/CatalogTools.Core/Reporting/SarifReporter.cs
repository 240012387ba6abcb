using System.Text.Json;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Reporting;

/// <summary>SARIF 2.1.0, for code-scanning uploads: one run, the rules that fired, one result each.</summary>
public sealed class SarifReporter : IDiagnosticReporter
{
    public void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary, Lang lang)
    {
        var rules = diagnostics.Select(d => d.Rule).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonReporter.Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WritePropertyName("runs");
            json.WriteStartArray();
            json.WriteStartObject();
            json.WritePropertyName("tool");
            json.WriteStartObject();
            json.WritePropertyName("driver");
            json.WriteStartObject();
            json.WriteString("name", "CatalogTools");
            json.WriteString("informationUri", "https://example.invalid/catalogtools");
            json.WriteString("semanticVersion", "1.0.0");
            json.WritePropertyName("rules");
            json.WriteStartArray();
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", PascalName(rule.TitleEn));
                json.WritePropertyName("shortDescription");
                json.WriteStartObject();
                json.WriteString("text", rule.Title(lang));
                json.WriteEndObject();
                // helpUri must be an absolute URI (SARIF 2.1.0); the rule pages are files of the repository, so they go in help.
                json.WritePropertyName("help");
                json.WriteStartObject();
                json.WriteString("text", lang == Lang.Zh ? $"规则说明见 {rule.HelpLink}" : $"see {rule.HelpLink}");
                json.WriteEndObject();
                json.WritePropertyName("defaultConfiguration");
                json.WriteStartObject();
                json.WriteString("level", Level(rule.DefaultSeverity));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WritePropertyName("results");
            json.WriteStartArray();
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.Rule.Id);
                json.WriteNumber("ruleIndex", ruleIndex[d.Rule.Id]);
                json.WriteString("level", Level(d.Severity));
                json.WritePropertyName("message");
                json.WriteStartObject();
                json.WriteString("text", d.FullMessage(lang));
                json.WriteEndObject();
                json.WritePropertyName("locations");
                json.WriteStartArray();
                json.WriteStartObject();
                json.WritePropertyName("physicalLocation");
                json.WriteStartObject();
                json.WritePropertyName("artifactLocation");
                json.WriteStartObject();
                json.WriteString("uri", d.File);
                json.WriteString("uriBaseId", "CATALOG");
                json.WriteEndObject();
                json.WritePropertyName("region");
                json.WriteStartObject();
                json.WriteNumber("startLine", d.Line);
                json.WriteNumber("startColumn", d.Column);
                json.WriteEndObject();
                json.WriteEndObject();
                if (d.Item is not null)
                {
                    json.WritePropertyName("logicalLocations");
                    json.WriteStartArray();
                    json.WriteStartObject();
                    json.WriteString("name", d.Item);
                    json.WriteString("kind", "object");
                    json.WriteEndObject();
                    json.WriteEndArray();
                }
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Level(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string PascalName(string title) =>
        string.Concat(title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]).Where(w => w.All(char.IsLetterOrDigit)));
}
