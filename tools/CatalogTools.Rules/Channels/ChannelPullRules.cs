using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Rules.Channels;

/// <summary>
/// What `catalog pull` refuses, one rule per attack the TUF specification names that applies to a
/// channel pulling bundles. Each points at the remote path ({path}) of the metadata or file refused;
/// any refusal leaves the version the channel serves untouched.
/// </summary>
public static class ChannelPullRules
{
    public static readonly RuleDescriptor Rollback = new(
        RuleIds.PullRollback, "拉取：版本回退", "Pull: rollback", "channel", Severity.Error,
        "{path} 的版本 {version} 早于本渠道已接受的版本 {accepted}（回退攻击），未更新", "{path} has version {version}, older than the version {accepted} this channel accepted (rollback attack); nothing was updated",
        "检查发布源是否被替换为旧的发布包；重新发布（catalog publish）后再拉取", "check whether the source was replaced with an old bundle; publish again (catalog publish) and pull again");

    public static readonly RuleDescriptor Freeze = new(
        RuleIds.PullFreeze, "拉取：内容已过期", "Pull: expired (freeze)", "channel", Severity.Error,
        "{path} 已过期：有效期至 {expires}，现在是 {now}（冻结攻击或发布停滞），未更新", "{path} expired: valid until {expires}, now {now} (freeze attack or stalled publishing); nothing was updated",
        "发布方须在过期前重新签发时效元数据（重新发布）；渠道不得展示过期内容", "the publisher must re-sign the freshness metadata before it expires (publish again); channels must not show stale content");

    public static readonly RuleDescriptor MixAndMatch = new(
        RuleIds.PullMixAndMatch, "拉取：混合版本", "Pull: mix-and-match", "channel", Severity.Error,
        "{path} 不属于所拉取的版本 {version}：{detail}（混合攻击），未更新", "{path} does not belong to the version {version} being pulled: {detail} (mix-and-match attack); nothing was updated",
        "发布源须整体替换为同一版本的文件（先上传文件，再上传清单，最后上传时效文件）；重新发布后再拉取", "the source must hold the files of one version (files first, manifests next, the freshness file last); publish again and pull again");

    public static readonly RuleDescriptor FastForward = new(
        RuleIds.PullFastForward, "拉取：版本超前", "Pull: fast-forward", "channel", Severity.Error,
        "{path} 的版本 {version} 超前：{detail}（快进攻击），未更新", "{path} has version {version}, ahead of what can be genuine: {detail} (fast-forward attack); nothing was updated",
        "版本号被推到未来，多半是泄露的密钥签的；由根密钥轮换掉该密钥后重新发布", "a version pushed into the future is most likely signed with a leaked key; rotate that key out with the root keys and publish again");

    public static readonly RuleDescriptor EndlessData = new(
        RuleIds.PullEndlessData, "拉取：超过大小上限", "Pull: size limit exceeded", "channel", Severity.Error,
        "{path} 超过大小上限 {limit} 字节（无尽数据攻击），已停止读取，未更新", "{path} is longer than its limit of {limit} bytes (endless-data attack); reading stopped and nothing was updated",
        "上限取自签名的元数据；核对发布源上的文件，重新发布", "the limit comes from the signed metadata; check the file on the source and publish again");

    public static readonly RuleDescriptor ArbitraryFile = new(
        RuleIds.PullArbitraryFile, "拉取：不安全的路径", "Pull: arbitrary file", "channel", Severity.Error,
        "{path} 中的路径『{entry}』不安全：{detail}（任意文件攻击），未写入任何文件", "{path} names an unsafe path '{entry}': {detail} (arbitrary-file attack); no file was written",
        "发布包中只允许相对路径（以 / 分隔，不含 ..、绝对路径、点开头的名称或符号链接）；重新发布", "bundles hold only plain relative paths ('/'-separated; no .., absolute paths, dot-names or symbolic links); publish again");

    public static readonly RuleDescriptor TooFewSignatures = new(
        RuleIds.PullTooFewSignatures, "拉取：有效签名不足", "Pull: too few signatures", "channel", Severity.Error,
        "{path} 只有 {valid} 个有效签名，门限为 {threshold} 个（{detail}），未更新", "{path} has {valid} valid signatures, below the threshold of {threshold} ({detail}); nothing was updated",
        "元数据须由足够多的受信任密钥签名（catalog sign）；内容被改动时签名也会失效", "metadata must be signed by enough trusted keys (catalog sign); a changed content also invalidates its signatures");

    public static readonly RuleDescriptor RevokedKey = new(
        RuleIds.PullRevokedKey, "拉取：密钥已被轮换掉", "Pull: rotated-out key", "channel", Severity.Error,
        "{path} 由已不受信任的密钥 {key} 签名（该密钥已被根元数据轮换掉），未更新", "{path} is signed by key {key}, which the root metadata rotated out; nothing was updated",
        "用当前根元数据列出的密钥重新签名；若旧密钥已泄露，这正是应当拒绝的情形", "sign again with the keys the current root lists; if the old key leaked, this is exactly what must be refused");

    public static readonly RuleDescriptor FileTampered = new(
        RuleIds.PullFileTampered, "拉取：文件与清单不符", "Pull: file differs from its manifest", "channel", Severity.Error,
        "{path} 与签名清单不符：{detail}，未更新", "{path} differs from the signed manifest: {detail}; nothing was updated",
        "发布源上的文件被改动或损坏；重新发布后再拉取", "the file on the source was changed or damaged; publish again and pull again");

    public static readonly RuleDescriptor Unreachable = new(
        RuleIds.PullUnreachable, "拉取：无法取得", "Pull: cannot fetch", "channel", Severity.Error,
        "无法从 {source} 取得 {path}：{detail}；当前版本保持不变", "cannot fetch {path} from {source}: {detail}; the current version stays",
        "检查网址或文件夹与网络；再次运行 catalog pull 会从中断处继续下载", "check the URL or folder and the network; running catalog pull again resumes the download");

    public static readonly RuleDescriptor MetadataInvalid = new(
        RuleIds.PullMetadataInvalid, "拉取：元数据无法读取", "Pull: metadata unreadable", "channel", Severity.Error,
        "{path} 无法读取：{detail}，未更新", "{path} cannot be read: {detail}; nothing was updated",
        "核对发布源上的元数据与 --root 给出的受信任根元数据；重新发布", "check the metadata on the source and the trusted root given with --root; publish again");

    public static IReadOnlyList<RuleDescriptor> All { get; } = [Rollback, Freeze, MixAndMatch, FastForward, EndlessData, ArbitraryFile, TooFewSignatures, RevokedKey, FileTampered, Unreachable, MetadataInvalid];
}
