using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Rules.Channels;

/// <summary>
/// What `catalog pull` refuses, one rule per attack the TUF specification names that applies to a
/// channel pulling bundles. Each points at the remote path ({path}) of the metadata or file refused;
/// any refusal leaves the version the channel serves untouched.
/// </summary>
public static class ChannelPullRules
{
    public static readonly RuleDescriptor Rollback = new(RuleIds.PullRollback, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor Freeze = new(RuleIds.PullFreeze, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor MixAndMatch = new(RuleIds.PullMixAndMatch, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor FastForward = new(RuleIds.PullFastForward, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor EndlessData = new(RuleIds.PullEndlessData, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor ArbitraryFile = new(RuleIds.PullArbitraryFile, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor TooFewSignatures = new(RuleIds.PullTooFewSignatures, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor RevokedKey = new(RuleIds.PullRevokedKey, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor FileTampered = new(RuleIds.PullFileTampered, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor Unreachable = new(RuleIds.PullUnreachable, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor MetadataInvalid = new(RuleIds.PullMetadataInvalid, category: "channel", severity: Severity.Error);

    public static IReadOnlyList<RuleDescriptor> All { get; } = [Rollback, Freeze, MixAndMatch, FastForward, EndlessData, ArbitraryFile, TooFewSignatures, RevokedKey, FileTampered, Unreachable, MetadataInvalid];
}
