using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Formatting;
using CatalogTools.Core.Loading;

namespace CatalogTools.Cli.Commands.Fmt;

/// <summary>
/// `fmt --check` findings for the report formats: one CAT0020 per file, placed at the first line
/// that differs from the canonical text, so an annotation lands where the reformatting starts.
/// </summary>
public static class FormatFindings
{
    public static Diagnostic Of(CatalogLocation location, FormatOutcome outcome)
    {
        var current = File.ReadAllText(Path.Combine(location.CatalogRoot, outcome.Path), CatalogFormatter.Utf8NoBom).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var canonical = (outcome.Canonical ?? "").Split('\n');
        var line = 0;
        while (line < current.Length && line < canonical.Length && current[line] == canonical[line]) line++;
        var expected = line < canonical.Length ? canonical[line] : "";
        // A file that only lacks canonical lines at its end is placed on its last line, which exists.
        var at = Math.Min(line, Math.Max(0, current.Length - 1)) + 1;
        if (expected.Length > 80) expected = expected[..80] + "…";
        var rule = FormatRules.NotCanonical;
        var arguments = new Dictionary<string, MessageArgument>(StringComparer.Ordinal)
        {
            ["line"] = (line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["expected"] = expected,
            ["file"] = outcome.Path,
        };
        return new Diagnostic(rule, rule.DefaultSeverity, outcome.Path, at, 1, null, arguments);
    }

    public static CheckSummary Summary(int files, IReadOnlyList<Diagnostic> found) =>
        new(files, 0, 0, null, found.Count, 0, 0, 0, FormatRules.All.Count, new Dictionary<string, int>())
        {
            Coverage = CoverageText.Of("fmt", new("fmt.coverage", ("files", files), ("notCanonical", found.Count))),
        };
}
