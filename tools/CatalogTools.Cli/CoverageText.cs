using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Cli;

/// <summary>What a summary says it covered, worded in both languages: the check-result cache stores a summary for either reader.</summary>
internal static class CoverageText
{
    public static SummaryCoverage Of(string scope, MessageText covered) => new(scope, covered.In(Lang.Zh), covered.In(Lang.En));
}
