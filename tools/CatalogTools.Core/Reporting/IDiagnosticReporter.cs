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

    /// <summary>A diagnostic's file as the repository names it; a spreadsheet diagnostic keeps its workbook name.</summary>
    public static string RepoFile(Diagnostic d, ReportContext context) => d.Place is null ? context.RepoPath(d.File) : d.File;
}
