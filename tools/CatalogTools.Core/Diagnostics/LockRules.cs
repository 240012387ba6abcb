namespace CatalogTools.Core.Diagnostics;

/// <summary>Descriptors of what <c>catalog lock</c> and <c>catalog lock --check</c> find.</summary>
public static class LockRules
{
    public static readonly RuleDescriptor Missing = new(RuleIds.LockMissing, category: "lock", severity: Severity.Error);

    public static readonly RuleDescriptor Stale = new(RuleIds.LockStale, category: "lock", severity: Severity.Error);

    public static readonly RuleDescriptor RetiredCodeReused = new(RuleIds.RetiredCodeReused, category: "lock", severity: Severity.Error);

    public static readonly RuleDescriptor RemovedWithoutRetirement = new(RuleIds.CodeRemovedWithoutRetirement, category: "lock", severity: Severity.Error);

    public static readonly RuleDescriptor VersionBackwards = new(RuleIds.LockVersionBackwards, category: "lock", severity: Severity.Error);

    public static readonly RuleDescriptor EntryRemoved = new(RuleIds.LockEntryRemoved, category: "lock", severity: Severity.Error);

    public static readonly RuleDescriptor Malformed = new(RuleIds.LockMalformed, category: "lock", severity: Severity.Error);

    public static readonly RuleDescriptor VersionNotRaised = new(RuleIds.LockVersionNotRaised, category: "lock", severity: Severity.Error);

    public static readonly RuleDescriptor GitUnreadable = new(RuleIds.GitUnreadable, category: "git", severity: Severity.Error);

    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [Missing, Stale, RetiredCodeReused, RemovedWithoutRetirement, VersionBackwards, EntryRemoved, Malformed, VersionNotRaised, GitUnreadable];
}
