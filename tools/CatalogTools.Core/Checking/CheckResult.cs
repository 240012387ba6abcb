using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;

namespace CatalogTools.Core.Checking;

public sealed record CheckResult(CatalogIndex? Index, IReadOnlyList<Diagnostic> Diagnostics, CheckSummary Summary)
{
    public bool HasErrors => Summary.Errors > 0;

    /// <summary>Diagnostics a file's suppressions silenced, per file (files with none are absent); the cache keeps them per file.</summary>
    public IReadOnlyDictionary<string, int> SuppressedByFile { get; init; } = new Dictionary<string, int>();

    public bool Fails(Severity failOn) => Diagnostics.Any(d => d.Severity >= failOn);
}
