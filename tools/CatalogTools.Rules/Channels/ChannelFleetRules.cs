using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Rules.Channels;

/// <summary>What `catalog audit --fleet FILE` reports for every channel of a fleet: the version it serves, and whether it is behind, expired or forked.</summary>
public static class ChannelFleetRules
{
    public static readonly RuleDescriptor Serves = new(
        RuleIds.FleetChannelServes, "渠道正在提供的版本", "Version a channel serves", "channel", Severity.Info,
        "渠道『{name}』（{channel}）提供版本 {version}（清单 SHA-256 {digest}，有效期至 {validUntil}，{updated} 切换）；最新发布版本 {latest}",
        "channel '{name}' ({channel}) serves version {version} (manifest SHA-256 {digest}, valid until {validUntil}, swapped in {updated}); the newest published version is {latest}",
        "无需修改：这是清单中每个渠道的状态", "nothing to fix: this is the status of each channel of the fleet");

    public static readonly RuleDescriptor Behind = new(
        RuleIds.FleetChannelBehind, "渠道版本落后", "Channel behind", "channel", Severity.Warning,
        "渠道『{name}』（{channel}）提供版本 {version}，落后最新发布版本 {latest} 共 {behind} 个版本（允许 {allowed} 个）",
        "channel '{name}' ({channel}) serves version {version}, {behind} versions behind the newest published version {latest} ({allowed} allowed)",
        "在该渠道运行 catalog pull（或检查其定时拉取任务和网络），拉取后重新自查", "run catalog pull on that channel (or check its scheduled pull and its network), then audit the fleet again");

    public static readonly RuleDescriptor Expired = new(
        RuleIds.FleetChannelExpired, "渠道提供已过期的版本", "Channel serves an expired version", "channel", Severity.Error,
        "渠道『{name}』（{channel}）提供的版本 {version} 已于 {validUntil} 过期，现在是 {now}",
        "channel '{name}' ({channel}) serves version {version}, which expired at {validUntil}; it is now {now}",
        "重新发布（catalog publish）并在该渠道拉取新版本；渠道不得展示过期的办事指南", "publish again (catalog publish) and pull the new version on that channel; a channel must not show expired guides");

    public static readonly RuleDescriptor Forked = new(
        RuleIds.FleetChannelForked, "渠道提供从未发布的版本", "Channel serves a version never published", "channel", Severity.Error,
        "渠道『{name}』（{channel}）提供的版本 {version}（清单 SHA-256 {digest}）从未发布：{detail}",
        "channel '{name}' ({channel}) serves version {version} (manifest SHA-256 {digest}), which was never published: {detail}",
        "渠道内容被改动或来自别处：用 catalog pull 从正式发布地址重新拉取，并查明改动来源；发布记录不全时确认 --fleet 清单的 releases 指向正式发布的 releases.json",
        "the channel's content was changed or came from elsewhere: pull again from the official address with catalog pull and find out who changed it; if the record is incomplete, point the fleet file's releases at the official releases.json");

    public static readonly RuleDescriptor StatusUnreadable = new(
        RuleIds.FleetStatusUnreadable, "渠道状态无法读取", "Channel status unreadable", "channel", Severity.Error,
        "渠道『{name}』的状态 {status} 无法读取：{detail}", "the status {status} of channel '{name}' cannot be read: {detail}",
        "确认渠道在运行、拉取客户端写出了 channel-status.json（或 catalog serve 在提供它），地址或路径正确", "make sure the channel is running and its pull client wrote channel-status.json (or catalog serve answers it), and that the address or path is right");

    public static IReadOnlyList<RuleDescriptor> All { get; } = [Serves, Behind, Expired, Forked, StatusUnreadable];
}
