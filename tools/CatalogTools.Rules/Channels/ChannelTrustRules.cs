using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Rules.Channels;

/// <summary>
/// Why a channel refuses trust metadata (root, timestamp, snapshot, targets; docs/publishing.md, "Trust
/// metadata"): `catalog verify-bundle --root` and the pull client report these at the metadata file.
/// </summary>
public static class ChannelTrustRules
{
    public static readonly RuleDescriptor Threshold = new(
        RuleIds.TrustThreshold, "签名不足", "Too few signatures", "trust", Severity.Error,
        "{file}：角色 {role} 需要 {threshold} 个有效签名，只有 {valid} 个{detail}", "{file}: role {role} needs {threshold} valid signatures, has {valid}{detail}",
        "请持有 {role} 角色密钥的人用 catalog sign {file} --key KEY.pem 补签；根元数据未列出的密钥（包括已轮换出去的）签名不算数", "have holders of {role} keys add their signatures with catalog sign {file} --key KEY.pem; signatures by keys the root does not list (including rotated-out ones) do not count");

    public static readonly RuleDescriptor Expired = new(
        RuleIds.TrustExpired, "信任元数据已过期", "Trust metadata expired", "trust", Severity.Error,
        "{file}（{role}）有效期至 {expires}，现在是 {now}", "{file} ({role}) expired at {expires}; now is {now}",
        "发布方重新签发：timestamp 用 catalog release 定时更新，其他角色重新发布或重新签名；渠道必须拒绝过期的元数据（防冻结攻击）", "the publisher must issue it again: run catalog release regularly for the timestamp, publish or sign again for other roles; channels must refuse expired metadata (freeze attack)");

    public static readonly RuleDescriptor Rollback = new(
        RuleIds.TrustRollback, "信任元数据版本回退", "Trust metadata rolled back", "trust", Severity.Error,
        "{file}（{role}）版本 {version} 早于已信任的版本 {trusted}", "{file} ({role}) has version {version}, older than the trusted version {trusted}",
        "拒绝该元数据：发布方的元数据版本只增不减；若确需重置，须轮换相应角色的密钥", "refuse it: published metadata versions only grow; a reset needs the role's keys rotated");

    public static readonly RuleDescriptor Mismatch = new(
        RuleIds.TrustMismatch, "元数据与上级不一致", "Metadata does not match its parent", "trust", Severity.Error,
        "{file}：{detail}（{parent} 中记载的不同）", "{file}: {detail} (differs from what {parent} records)",
        "文件被改动、或混用了不同版本的文件：从发布地址重新获取，仍不一致时通知发布方", "the file was changed or files of two versions were mixed: fetch again from the publisher, and tell the publisher if it persists");

    public static readonly RuleDescriptor Invalid = new(
        RuleIds.TrustInvalid, "信任元数据无法读取", "Trust metadata unreadable", "trust", Severity.Error,
        "{file} 无法读取：{detail}", "{file} cannot be read: {detail}",
        "用 catalog publish 或 catalog root 重新生成该文件，格式见 schemas/bundle/ 中的 JSON Schema", "make the file again with catalog publish or catalog root; its format is the JSON Schema in schemas/bundle/");

    public static readonly RuleDescriptor RootRotation = new(
        RuleIds.TrustRootRotation, "根元数据轮换无效", "Root rotation invalid", "trust", Severity.Error,
        "{file} 的根元数据轮换无效：{detail}", "{file}: root rotation invalid: {detail}",
        "新的根元数据 N+1.root.json 必须同时由旧根（N）和新根各自的 root 角色达到阈值的密钥签名（catalog sign），版本恰为 N+1", "a new root N+1.root.json must be signed by a threshold of the old root's root keys and of its own (catalog sign), with version exactly N+1");

    public static readonly RuleDescriptor UnsafeTarget = new(
        RuleIds.TrustUnsafeTarget, "目标路径不安全或不属于该渠道", "Target path unsafe or outside the channel", "trust", Severity.Error,
        "{file} 列出的目标『{path}』{detail}", "{file} lists target '{path}': {detail}",
        "目标路径必须是该渠道文件夹下的相对路径（不含 ..、绝对路径、反斜杠）；重新发布", "target paths must be relative paths under the channel's folder (no .., no absolute path, no backslash); publish again");

    public static IReadOnlyList<RuleDescriptor> All { get; } = [Threshold, Expired, Rollback, Mismatch, Invalid, RootRotation, UnsafeTarget];
}
