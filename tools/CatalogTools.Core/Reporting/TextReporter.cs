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

    public static string SummaryLine(CheckSummary s, Lang lang) => lang == Lang.Zh
        ? $"{Covered(s, lang)}：错误 {s.Errors} 个，警告 {s.Warnings} 个，提示 {s.Infos} 个，已豁免 {s.Suppressed} 个。"
        : $"{Covered(s, lang)}: {s.Errors} errors, {s.Warnings} warnings, {s.Infos} infos, {s.Suppressed} suppressed.";

    /// <summary>The opening of the summary line: what the run covered, only figures it actually counted.</summary>
    public static string Covered(CheckSummary s, Lang lang)
    {
        if (s.Coverage is not null) return s.Coverage.Text(lang);
        var registries = s.RegistryEntries is { } r ? (lang == Lang.Zh ? $"，登记条目 {r} 条" : $", {r} registry entries") : "";
        return lang == Lang.Zh
            ? $"检查了 {s.Files} 个文件（标准事项 {s.StandardItems} 项，实施清单 {s.Implementations} 项{registries}）"
            : $"Checked {s.Files} files ({s.StandardItems} standard items, {s.Implementations} implementations{registries})";
    }

    private string Paint(string text, string code) => color ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
