using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;

namespace CatalogTools.Core.Checking;

/// <summary>One check over the whole catalog. Rules read the frozen index and report; they never read files.</summary>
public interface ICatalogRule
{
    RuleDescriptor Descriptor { get; }

    void Check(CatalogIndex index, RuleContext context);
}

/// <summary>What a rule gets besides the index: where to report, today's date, and which items to look at.</summary>
public sealed class RuleContext(DiagnosticBag diagnostics, DateOnly today, IReadOnlySet<string>? scope = null, IReadOnlySet<string>? changedFiles = null)
{
    /// <summary>Files changed in this change (changed-only runs), to blame the file that changed; null when unknown.</summary>
    public IReadOnlySet<string>? ChangedFiles { get; } = changedFiles;

    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public DateOnly Today { get; } = today;

    /// <summary>Codes to check (changed-only runs); null means every item.</summary>
    public IReadOnlySet<string>? Scope { get; } = scope;

    public bool InScope(string code) => Scope is null || Scope.Contains(code);
}
