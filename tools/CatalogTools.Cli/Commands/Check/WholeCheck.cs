using CatalogTools.Caching;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Progress;
using CatalogTools.Rules;

namespace CatalogTools.Cli.Commands.Check;

/// <summary>
/// A whole-catalog `check`: the session answers from the stored result when nothing changed
/// (fingerprint, tools, schemas, rules, day), else loads (through the cache) and checks.
/// </summary>
public static class WholeCheck
{
    private static readonly Dictionary<string, Core.Diagnostics.RuleDescriptor> KnownRules =
        RuleSet.Descriptors.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public static CheckResult Run(CatalogChecker checker, SourceSession session, Func<string, bool>? filter, TimeProvider clock, PhaseTimings? timings, IProgress<WorkProgress>? progress = null)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        return session.Check(checker, filter, today, KnownRules, timings is null ? null : timings.Mark, progress);
    }
}
