using System.Text.Json;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Reporting;

/// <summary>
/// GitLab Code Quality report (artifacts:reports:codequality): a JSON array, one issue per
/// diagnostic with a repository path, a begin line, a severity and a fingerprint that ignores
/// line moves. The summary is not part of the format, so nothing else is written.
/// </summary>
public sealed class GitlabReporter(ReportContext context) : IDiagnosticReporter
{
    public void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary, Lang lang)
    {
        var fingerprints = FindingFingerprint.For(diagnostics, context.RepoPath);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonReporter.Options))
        {
            json.WriteStartArray();
            for (var i = 0; i < diagnostics.Count; i++)
            {
                var d = diagnostics[i];
                var item = d.Item is null ? "" : $" [{d.Item}]";
                json.WriteStartObject();
                json.WriteString("type", "issue");
                json.WriteString("check_name", d.Rule.Id);
                var separator = Messages.Text(lang, "change.separator");
                json.WriteString("description", $"{d.Rule.Id} {d.Rule.Title(lang)}{item}{separator}{d.FullMessage(lang)}");
                json.WriteString("severity", Severity(d.Severity));
                json.WriteString("fingerprint", fingerprints[i]);
                json.WritePropertyName("categories");
                json.WriteStartArray();
                json.WriteStringValue("Style");
                json.WriteEndArray();
                json.WritePropertyName("location");
                json.WriteStartObject();
                json.WriteString("path", Reporters.RepoFile(d, context));
                json.WritePropertyName("lines");
                json.WriteStartObject();
                json.WriteNumber("begin", d.Line);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>GitLab's scale is info, minor, major, critical, blocker; an error blocks the merge as "major" does in GitLab's own linters.</summary>
    private static string Severity(Diagnostics.Severity s) => s switch
    {
        Diagnostics.Severity.Error => "major",
        Diagnostics.Severity.Warning => "minor",
        _ => "info",
    };
}
