using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Reporting;

/// <summary>For people: grouped by file (named from the current directory), coloured on a terminal, a summary at the end.</summary>
public sealed class TextReporter(ReportContext context, bool color) : IDiagnosticReporter
{
    public void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary, Lang lang)
    {
        foreach (var group in GroupByFile(diagnostics))
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

    /// <summary>
    /// The diagnostics grouped by the file they name, groups in order of first appearance. A check's
    /// result is already sorted by file: then each run of one file is a group, taken as it comes
    /// (GroupBy would hold a million groups and display paths at 10^6 items); else GroupBy.
    /// </summary>
    private IEnumerable<IGrouping<string, Diagnostic>> GroupByFile(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (!SortedByFile(diagnostics))
        {
            foreach (var group in diagnostics.GroupBy(d => d.Place is null ? context.DisplayPath(d.File) : d.Place.Split('!')[0])) yield return group;
            yield break;
        }
        var start = 0;
        while (start < diagnostics.Count)
        {
            var end = start + 1;
            var file = diagnostics[start].File;
            while (end < diagnostics.Count && string.Equals(diagnostics[end].File, file, StringComparison.Ordinal)) end++;
            yield return new FileRun(context.DisplayPath(file), diagnostics, start, end);
            start = end;
        }
    }

    /// <summary>No spreadsheet places, and files in ordinal order (so one file's diagnostics are one run).</summary>
    private static bool SortedByFile(IReadOnlyList<Diagnostic> diagnostics)
    {
        for (var i = 0; i < diagnostics.Count; i++)
        {
            if (diagnostics[i].Place is not null) return false;
            if (i > 0 && string.CompareOrdinal(diagnostics[i - 1].File, diagnostics[i].File) > 0) return false;
        }
        return true;
    }

    private sealed class FileRun(string key, IReadOnlyList<Diagnostic> diagnostics, int start, int end) : IGrouping<string, Diagnostic>
    {
        public string Key => key;

        public IEnumerator<Diagnostic> GetEnumerator()
        {
            for (var i = start; i < end; i++) yield return diagnostics[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
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
