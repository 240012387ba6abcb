using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Progress;
using CatalogTools.Core.Schema;

namespace CatalogTools.Core.Checking;

/// <summary>
/// Runs the rules over a loaded catalog, then applies the province's policy (severity overrides)
/// and each file's suppressions, and counts what is left.
/// </summary>
public sealed class CatalogChecker(IReadOnlyList<ICatalogRule> rules, TimeProvider clock)
{
    public IReadOnlyList<ICatalogRule> Rules => rules;

    /// <summary>Told how many rules have run (from the rule threads); the CLI shows it on a terminal.</summary>
    public IProgress<WorkProgress>? Progress { get; init; }

    /// <param name="reportFile">Only diagnostics in files it accepts are kept (check PATH...); null keeps all.</param>
    /// <param name="scope">Codes the rules look at (changed-only runs); null checks every item.</param>
    /// <param name="changedFiles">Files the change touched (changed-only runs), so rules can blame the file that changed; null when unknown.</param>
    public CheckResult Check(LoadedCatalog loaded, Func<string, bool>? reportFile = null, IReadOnlySet<string>? scope = null, IReadOnlySet<string>? changedFiles = null)
    {
        var index = loaded.Index;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var bag = new DiagnosticBag();
        bag.AddRange(loaded.Diagnostics);
        var context = new RuleContext(bag, today, scope, changedFiles);
        var done = new ProgressCounter(Progress, WorkStep.RunningRules, rules.Count).Start();
        Parallel.ForEach(rules, rule =>
        {
            rule.Check(index, context);
            done.Increment();
        });
        CheckSuppressionsAreValid(loaded, today, bag);

        var suppressionsByFile = loaded.Index.Files
            .Where(f => f.Suppressions.Count > 0)
            .ToDictionary(f => f.Path, f => f.Suppressions.Where(s => s.Problem(today) is null).Select(s => s.RuleId).ToHashSet(StringComparer.Ordinal));

        var applied = SeverityPolicy.Of(index.Policy).Apply(bag.ToSortedList());
        var kept = new List<Diagnostic>(applied.Count);
        var suppressed = 0;
        var suppressedByFile = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in applied)
        {
            if (reportFile is not null && !reportFile(diagnostic.File)) continue;
            if (diagnostic.Rule.Id != RuleIds.InvalidSuppression && suppressionsByFile.TryGetValue(diagnostic.File, out var ids) && ids.Contains(diagnostic.Rule.Id))
            {
                suppressed++;
                suppressedByFile[diagnostic.File] = suppressedByFile.GetValueOrDefault(diagnostic.File) + 1;
                continue;
            }
            kept.Add(diagnostic);
        }
        return new CheckResult(index, kept, Summarize(loaded, kept, suppressed, reportFile)) { SuppressedByFile = suppressedByFile };
    }

    private static void CheckSuppressionsAreValid(LoadedCatalog loaded, DateOnly today, DiagnosticBag bag)
    {
        foreach (var file in loaded.Index.Files)
        {
            foreach (var suppression in file.Suppressions)
            {
                var problem = suppression.Problem(today);
                if (problem is null) continue;
                bag.Report(LoadRules.InvalidSuppression, file.Path, suppression.Line, suppression.Column, file.Code,
                    ("detail", problem));
            }
        }
    }

    private CheckSummary Summarize(LoadedCatalog loaded, IReadOnlyList<Diagnostic> kept, int suppressed, Func<string, bool>? reportFile)
    {
        var files = reportFile is null ? loaded.Index.Files : loaded.Index.Files.Where(f => reportFile(f.Path)).ToList();
        var byKind = files.GroupBy(f => KindName(f.Kind)).ToDictionary(g => g.Key, g => g.Count());
        var registryEntries = files.Where(f => FileKinds.Registries.Contains(f.Kind) || f.Kind is FileKind.Themes or FileKind.Synonyms or FileKind.IntermediaryServices).Sum(f => f.EntryCount);
        return new CheckSummary(
            files.Count,
            files.Count(f => f.Kind == FileKind.StandardItem && f.Readable),
            files.Count(f => f.Kind == FileKind.Implementation && f.Readable),
            registryEntries,
            kept.Count(d => d.Severity == Severity.Error),
            kept.Count(d => d.Severity == Severity.Warning),
            kept.Count(d => d.Severity == Severity.Info),
            suppressed,
            rules.Select(r => r.Descriptor.Id).Concat(LoadRules.All.Select(d => d.Id)).Distinct().Count(),
            byKind);
    }

    private static string KindName(FileKind kind) => kind switch
    {
        FileKind.StandardItem => "standard",
        FileKind.Implementation => "implementation",
        FileKind.Unknown => "unknown",
        FileKind.Policy => "policy",
        FileKind.Site => "site",
        FileKind.ServiceBundle => "bundle",
        _ => "registry",
    };
}
