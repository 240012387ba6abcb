using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Rules.Channels;

/// <summary>
/// Why a channel refuses trust metadata (root, timestamp, snapshot, targets; docs/publishing.md, "Trust
/// metadata"): `catalog verify-bundle --root` and the pull client report these at the metadata file.
/// </summary>
public static class ChannelTrustRules
{
    public static readonly RuleDescriptor Threshold = new(RuleIds.TrustThreshold, category: "trust", severity: Severity.Error);

    public static readonly RuleDescriptor Expired = new(RuleIds.TrustExpired, category: "trust", severity: Severity.Error);

    public static readonly RuleDescriptor Rollback = new(RuleIds.TrustRollback, category: "trust", severity: Severity.Error);

    public static readonly RuleDescriptor Mismatch = new(RuleIds.TrustMismatch, category: "trust", severity: Severity.Error);

    public static readonly RuleDescriptor Invalid = new(RuleIds.TrustInvalid, category: "trust", severity: Severity.Error);

    public static readonly RuleDescriptor RootRotation = new(RuleIds.TrustRootRotation, category: "trust", severity: Severity.Error);

    public static readonly RuleDescriptor UnsafeTarget = new(RuleIds.TrustUnsafeTarget, category: "trust", severity: Severity.Error);

    public static IReadOnlyList<RuleDescriptor> All { get; } = [Threshold, Expired, Rollback, Mismatch, Invalid, RootRotation, UnsafeTarget];
}
