namespace CatalogTools.Core.Diagnostics;

/// <summary>Descriptors of what <c>catalog lock</c> and <c>catalog lock --check</c> find.</summary>
public static class LockRules
{
    public static readonly RuleDescriptor Missing = new(
        RuleIds.LockMissing, "缺少 catalog.lock", "catalog.lock missing", "lock", Severity.Error,
        "找不到 {lock}：事项的版本与停用记录无从核对", "{lock} not found: item versions and retirements cannot be checked",
        "运行 catalog lock 生成并提交 {lock}", "run catalog lock and commit {lock}");

    public static readonly RuleDescriptor Stale = new(
        RuleIds.LockStale, "catalog.lock 未随事项更新", "catalog.lock is stale", "lock", Severity.Error,
        "事项 {code} {detail}，但 catalog.lock 没有更新", "item {code} {detail}, but catalog.lock was not updated",
        "运行 catalog lock（版本号自动提升）并把 catalog.lock 与该修改一起提交", "run catalog lock (it raises the version) and commit catalog.lock with the change");

    public static readonly RuleDescriptor RetiredCodeReused = new(
        RuleIds.RetiredCodeReused, "重新使用了已停用的编码", "Retired code used again", "lock", Severity.Error,
        "编码 {code} 已于 {date} 停用（catalog.lock 第 {lockLine} 行），编码一经停用不得再次使用", "code {code} was retired on {date} (catalog.lock line {lockLine}); a retired code is never used again",
        "为该事项分配新的编码；已停用的编码保留为已停用状态", "give the item a new code; the retired code stays retired");

    public static readonly RuleDescriptor RemovedWithoutRetirement = new(
        RuleIds.CodeRemovedWithoutRetirement, "事项被删除但未停用", "Code removed without retirement", "lock", Severity.Error,
        "事项 {code}（版本 {version}）的文件已删除，但它从未被标记为已停用", "the file of item {code} (version {version}) was deleted, but the item was never retired",
        "恢复该文件，把 status 改为已停用并写明 retiredOn，运行 catalog lock；停用记录之后文件才可删除", "restore the file, set status to 已停用 with retiredOn, run catalog lock; only a retired item's file may be deleted");

    public static readonly RuleDescriptor VersionBackwards = new(
        RuleIds.LockVersionBackwards, "事项版本号倒退", "Item version went backwards", "lock", Severity.Error,
        "事项 {code} 的版本从 {baseVersion}（{base}）倒退为 {version}", "item {code} went back from version {baseVersion} ({base}) to {version}",
        "不要手工修改 catalog.lock：取 {base} 的 catalog.lock，再运行 catalog lock", "do not edit catalog.lock by hand: take catalog.lock from {base} and run catalog lock");

    public static readonly RuleDescriptor EntryRemoved = new(
        RuleIds.LockEntryRemoved, "catalog.lock 丢失了编码", "Code dropped from catalog.lock", "lock", Severity.Error,
        "编码 {code} 在 {base} 的 catalog.lock 中有记录，现在却不见了；编码记录永久保留", "code {code} is recorded in catalog.lock at {base} but missing now; codes stay recorded forever",
        "恢复 catalog.lock 中该行（git checkout {base} -- catalog.lock，再运行 catalog lock）", "restore its line (git checkout {base} -- catalog.lock, then run catalog lock)");

    public static readonly RuleDescriptor Malformed = new(
        RuleIds.LockMalformed, "catalog.lock 格式错误", "catalog.lock malformed", "lock", Severity.Error,
        "catalog.lock 第 {lockLine} 行：{detail}", "catalog.lock line {lockLine}: {detail}",
        "不要手工修改 catalog.lock：删除错误的行后运行 catalog lock 重新生成", "do not edit catalog.lock by hand: remove the bad line and run catalog lock");

    public static readonly RuleDescriptor VersionNotRaised = new(
        RuleIds.LockVersionNotRaised, "内容改变但版本未提升", "Content changed but version kept", "lock", Severity.Error,
        "事项 {code} 的规范形式哈希与 {base} 不同，版本却仍为 {version}（catalog.lock 可能被手工修改）", "item {code} has a different canonical hash than at {base} but still version {version} (catalog.lock edited by hand?)",
        "取 {base} 的 catalog.lock 后运行 catalog lock，让版本号自动提升", "take catalog.lock from {base} and run catalog lock so the version is raised");

    public static readonly RuleDescriptor GitUnreadable = new(
        RuleIds.GitUnreadable, "git 仓库无法读取", "Git repository unreadable", "git", Severity.Error,
        "无法读取 git 仓库（{what}）：{detail}", "cannot read the git repository ({what}): {detail}",
        "仓库已损坏或不完整：运行 git fsck 查看损坏之处，再从远程仓库重新克隆或 git fetch 补齐缺失的对象；.git/HEAD 应为『ref: refs/heads/分支名』",
        "the repository is damaged or incomplete: run git fsck to see what is broken, then clone again or git fetch the missing objects; .git/HEAD should read 'ref: refs/heads/BRANCH'");

    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [Missing, Stale, RetiredCodeReused, RemovedWithoutRetirement, VersionBackwards, EntryRemoved, Malformed, VersionNotRaised, GitUnreadable];
}
