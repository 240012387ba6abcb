namespace CatalogTools.Git.Repositories;

/// <summary>Why a git-aware command cannot run, in both languages (exit 2 in the CLI).</summary>
public sealed record GitProblem(string Zh, string En)
{
    public string Text(Core.Diagnostics.Lang lang) => lang == Core.Diagnostics.Lang.Zh ? Zh : En;

    public static GitProblem NotARepository(string folder) => new(
        $"目录『{folder}』不在 git 仓库中：该命令需要 git 历史（先 git init 并提交，或在仓库的工作区中运行）",
        $"the catalog '{folder}' is not inside a git repository: this command needs git history (git init and commit, or run inside a clone)");

    public static GitProblem NoCommits() => new(
        "仓库还没有任何提交（HEAD 未指向提交）：先提交一次再比较",
        "the repository has no commits yet (HEAD points to nothing): commit once before comparing");

    public static GitProblem MissingRevision(string rev, bool shallow) => shallow
        ? new($"找不到版本『{rev}』：这是浅克隆（shallow clone），该版本不在本地历史中。CI 中请用 actions/checkout 的 fetch-depth: 0，或运行 git fetch --unshallow",
            $"revision '{rev}' not found: this is a shallow clone and the revision is not in the local history. In CI use actions/checkout with fetch-depth: 0, or run git fetch --unshallow")
        : new($"找不到版本『{rev}』（分支、标签或提交）。用 git log / git branch -a 查看可用的版本；远程分支需先 git fetch",
            $"revision '{rev}' not found (branch, tag or commit). See git log / git branch -a; fetch remote branches first");

    public static GitProblem BadRepository(string detail) => new($"无法读取 git 仓库：{detail}", $"cannot read the git repository: {detail}");

    /// <summary>
    /// A damaged repository (a garbage .git/HEAD, a missing or corrupt object): a CAT0110 diagnostic
    /// at the git folder, in the words of <see cref="Core.Diagnostics.LockRules.GitUnreadable"/>.
    /// </summary>
    public static GitProblem Unreadable(string gitFolder, string what, string detail)
    {
        var args = new Dictionary<string, string>(StringComparer.Ordinal) { ["what"] = what, ["detail"] = detail };
        var d = new Core.Diagnostics.Diagnostic(Core.Diagnostics.LockRules.GitUnreadable, Core.Diagnostics.Severity.Error, gitFolder, 1, 1, null, args);
        return new($"{gitFolder}:1:1: 错误 {d.Rule.Id} {d.FullMessage(Core.Diagnostics.Lang.Zh)}", $"{gitFolder}:1:1: error {d.Rule.Id} {d.FullMessage(Core.Diagnostics.Lang.En)}");
    }

    /// <summary>What LibGit2Sharp threw while reading, as <see cref="Unreadable"/>.</summary>
    public static GitProblem From(LibGit2Sharp.LibGit2SharpException e, string gitFolder) =>
        Unreadable(gitFolder, e is LibGit2Sharp.NotFoundException
            ? Core.Diagnostics.MessageTemplateFormatter.Localized("缺少对象", "missing object")
            : Core.Diagnostics.MessageTemplateFormatter.Localized("读取失败", "read failed"), e.Message.TrimEnd('.', ' '));
}

/// <summary>A value or the reason there is none.</summary>
public readonly record struct GitResult<T>(T? Value, GitProblem? Problem)
{
    public bool Ok => Problem is null;

    public static implicit operator GitResult<T>(GitProblem problem) => new(default, problem);

    public static GitResult<T> Of(T value) => new(value, null);
}
