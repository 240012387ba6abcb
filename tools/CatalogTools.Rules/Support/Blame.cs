using CatalogTools.Core.Checking;
using CatalogTools.Core.Model;

namespace CatalogTools.Rules.Support;

/// <summary>
/// Which file a disagreement belongs to. When a change touched the standard and not the
/// implementation, the implementation did not move: it disagrees with the new standard because the
/// standard changed, and the finding points at that change (CAT0036) instead of telling the office
/// to copy it. Only known in changed-only runs (<see cref="RuleContext.ChangedFiles"/>).
/// </summary>
public static class Blame
{
    public static bool OnStandardChange(RuleContext context, Implementation implementation, StandardItem standard) =>
        context.ChangedFiles is { } changed && changed.Contains(standard.Source.File) && !changed.Contains(implementation.Source.File);
}
