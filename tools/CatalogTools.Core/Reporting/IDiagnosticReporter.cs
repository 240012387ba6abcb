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
    public static readonly IReadOnlyList<string> Formats = ["text", "json", "sarif", "github"];

    public static IDiagnosticReporter? For(string format, bool color = false) => format switch
    {
        "text" => new TextReporter(color),
        "json" => new JsonReporter(),
        "sarif" => new SarifReporter(),
        "github" => new GithubReporter(),
        _ => null,
    };

    /// <summary>Where a diagnostic points, as users read it: a spreadsheet cell or file:line:column.</summary>
    public static string PlaceOf(Diagnostic d) => d.Place ?? $"{d.File}:{d.Line}:{d.Column}";
}
