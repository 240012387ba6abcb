using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Rules.Channels;

/// <summary>What `catalog audit --fleet FILE` reports for every channel of a fleet: the version it serves, and whether it is behind, expired or forked.</summary>
public static class ChannelFleetRules
{
    public static readonly RuleDescriptor Serves = new(RuleIds.FleetChannelServes, category: "channel", severity: Severity.Info);

    public static readonly RuleDescriptor Behind = new(RuleIds.FleetChannelBehind, category: "channel", severity: Severity.Warning);

    public static readonly RuleDescriptor Expired = new(RuleIds.FleetChannelExpired, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor Forked = new(RuleIds.FleetChannelForked, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor StatusUnreadable = new(RuleIds.FleetStatusUnreadable, category: "channel", severity: Severity.Error);

    public static IReadOnlyList<RuleDescriptor> All { get; } = [Serves, Behind, Expired, Forked, StatusUnreadable];
}
