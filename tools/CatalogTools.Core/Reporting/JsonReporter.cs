using System.Text.Encodings.Web;
using System.Text.Json;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Reporting;

/// <summary>A stable document for other tools: {"summary": {...}, "diagnostics": [...]}; files relative to the repository root.</summary>
public sealed class JsonReporter(ReportContext context) : IDiagnosticReporter
{
    public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary, Lang lang)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WritePropertyName("summary");
            json.WriteStartObject();
            json.WriteString("scope", summary.Coverage?.Scope ?? SummaryCoverage.CatalogScope);
            json.WriteString("covered", TextReporter.Covered(summary, lang));
            json.WriteNumber("files", summary.Files);
            json.WriteNumber("standardItems", summary.StandardItems);
            json.WriteNumber("implementations", summary.Implementations);
            json.WriteNumber("items", summary.StandardItems + summary.Implementations);
            if (summary.RegistryEntries is { } entries) json.WriteNumber("registryEntries", entries);
            else json.WriteNull("registryEntries");
            json.WriteNumber("errors", summary.Errors);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteNumber("infos", summary.Infos);
            json.WriteNumber("suppressed", summary.Suppressed);
            json.WriteNumber("rules", summary.Rules);
            json.WritePropertyName("filesByKind");
            json.WriteStartObject();
            foreach (var (kind, count) in summary.FilesByKind.OrderBy(k => k.Key, StringComparer.Ordinal)) json.WriteNumber(kind, count);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WritePropertyName("diagnostics");
            json.WriteStartArray();
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("rule", d.Rule.Id);
                json.WriteString("severity", SeverityText.Id(d.Severity));
                json.WriteString("file", Reporters.RepoFile(d, context));
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
                if (d.Item is null) json.WriteNull("item");
                else json.WriteString("item", d.Item);
                if (d.Place is not null) json.WriteString("place", d.Place);
                json.WriteString("message", d.FullMessage(lang));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
