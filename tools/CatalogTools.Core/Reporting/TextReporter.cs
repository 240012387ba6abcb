using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Reporting;

/// <summary>For people: grouped by file (named from the current directory), coloured on a terminal, a summary at the end.</summary>
public sealed class TextReporter(ReportContext context, bool color) : IDiagnosticReporter
{
    public void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary, Lang lang)
    {
        foreach (var group in diagnostics.GroupBy(d => d.Place is null ? context.DisplayPath(d.File) : d.Place.Split('!')[0]))
        {
            output.WriteLine(Paint(group.Key, "1"));
            foreach (var d in group)
            {
                var where = d.Place ?? $"{d.Line}:{d.Column}";
                var severity = Paint(SeverityText.Label(d.Severity, lang), d.Severity switch { Severity.Error => "31", Severity.Warning => "33", _ => "36" });
                var item = d.Item is null ? "" : $" [{d.Item}]";
                output.WriteLine($"  {where}  {severity} {d.Rule.Id}{item} {d.FullMessage(lang)}");
            }
            output.WriteLine();
        }
        output.WriteLine(SummaryLine(summary, lang));
    }

    public static string SummaryLine(CheckSummary s, Lang lang) => Messages.Format(lang, "textReporter.errorsWarningsInfosSuppressed", ("covered", Covered(s, lang)), ("errors", s.Errors), ("warnings", s.Warnings), ("infos", s.Infos), ("suppressed", s.Suppressed));

    /// <summary>The opening of the summary line: what the run covered, only figures it actually counted.</summary>
    public static string Covered(CheckSummary s, Lang lang)
    {
        if (s.Coverage is not null) return s.Coverage.Text(lang);
        var registries = s.RegistryEntries is { } r ? Messages.Format(lang, "textReporter.registryEntries", ("count", r)) : "";
        return Messages.Format(lang, "textReporter.checkedFilesStandardItemsImplementations", ("files", s.Files), ("standardItems", s.StandardItems), ("implementations", s.Implementations), ("registries", registries));
    }

    private string Paint(string text, string code) => color ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
