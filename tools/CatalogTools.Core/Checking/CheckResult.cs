using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;

namespace CatalogTools.Core.Checking;

public sealed record CheckResult(CatalogIndex? Index, IReadOnlyList<Diagnostic> Diagnostics, CheckSummary Summary)
{
    public bool HasErrors => Summary.Errors > 0;

    public bool Fails(Severity failOn) => Diagnostics.Any(d => d.Severity >= failOn);
}
