using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Rules.Channels;

/// <summary>
/// What `catalog audit` (要素同源自查, 《平顶山市一体化政务服务能力提升实施方案》第 3 项) reports when a channel's output, as served,
/// differs from the catalog. Each points at the source file and names the page and element in Place.
/// </summary>
public static class ChannelAuditRules
{
    public static readonly RuleDescriptor ElementMissing = new(RuleIds.ChannelElementMissing, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor ElementDiffers = new(RuleIds.ChannelElementDiffers, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor ElementExtra = new(RuleIds.ChannelElementExtra, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor ItemMissing = new(RuleIds.ChannelItemMissing, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor ItemUnknown = new(RuleIds.ChannelItemUnknown, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor PageUnreadable = new(RuleIds.ChannelPageUnreadable, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor PageMissing = new(RuleIds.ChannelPageMissing, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor ListingMissing = new(RuleIds.ChannelListingMissing, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor ListingWrong = new(RuleIds.ChannelListingWrong, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor TextAdded = new(RuleIds.ChannelTextAdded, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor TextRemoved = new(RuleIds.ChannelTextRemoved, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor TextChanged = new(RuleIds.ChannelTextChanged, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor BeyondGuide = new(RuleIds.ChannelBeyondGuide, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor PageExtra = new(RuleIds.ChannelPageExtra, category: "channel", severity: Severity.Error);

    public static readonly RuleDescriptor AuditIncomplete = new(RuleIds.ChannelAuditIncomplete, category: "channel", severity: Severity.Warning);

    public static IReadOnlyList<RuleDescriptor> All { get; } = [ElementMissing, ElementDiffers, ElementExtra, ItemMissing, ItemUnknown, PageUnreadable, PageMissing, ListingMissing, ListingWrong, TextAdded, TextRemoved, TextChanged, BeyondGuide, PageExtra, AuditIncomplete];
}
