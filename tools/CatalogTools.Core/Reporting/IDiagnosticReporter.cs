using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Reporting;

/// <summary>Renders diagnostics and their summary in one output format. Every command that reports uses these.</summary>
public interface IDiagnosticReporter
{
    void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, CheckSummary summary, Lang lang);
}

public static class Reporters
{
    public static readonly IReadOnlyList<string> Formats = ["text", "json", "sarif", "github", "gitlab", "junit"];

    public static IDiagnosticReporter? For(string format, ReportContext context, bool color = false) => format switch
    {
        "text" => new TextReporter(context, color),
        "json" => new JsonReporter(context),
        "sarif" => new SarifReporter(context),
        "github" => new GithubReporter(context),
        "gitlab" => new GitlabReporter(context),
        "junit" => new JunitReporter(context),
        _ => null,
    };

    /// <summary>Where a diagnostic points, as users read it: a spreadsheet cell or file:line:column.</summary>
    public static string PlaceOf(Diagnostic d) => d.Place ?? $"{d.File}:{d.Line}:{d.Column}";

    /// <summary>
    /// A diagnostic's file as the repository names it. A diagnostic about a cell of a workbook being
    /// imported names the workbook (given on the command line, not a catalog file) and keeps that name.
    /// </summary>
    public static string RepoFile(Diagnostic d, ReportContext context) => IsWorkbook(d.File) ? d.File : context.RepoPath(d.File);

    private static bool IsWorkbook(string file) =>
        file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".xls", StringComparison.OrdinalIgnoreCase);
}
