using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Reporting;

/// <summary>GitHub Actions workflow commands: one annotation per diagnostic on the pull request's lines (files relative to the repository root).</summary>
public sealed class GithubReporter(ReportContext context) : IDiagnosticReporter
{
    public void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary, Lang lang)
    {
        foreach (var d in diagnostics)
        {
            var command = d.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            var item = d.Item is null ? "" : $" [{d.Item}]";
            output.WriteLine($"::{command} file={Property(Reporters.RepoFile(d, context))},line={d.Line},col={d.Column},title={Property(d.Rule.Id + " " + d.Rule.Title(lang))}::{Data(d.FullMessage(lang) + item)}");
        }
        output.WriteLine(TextReporter.SummaryLine(summary, lang));
    }

    // Escaping as the Actions toolkit does (toCommandValue / escapeProperty).
    private static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");
}
