using CatalogTools.Core.Diagnostics;
namespace CatalogTools.Git.Repositories;

/// <summary>Why a git-aware command cannot run (exit 2 in the CLI), as a message the CLI words.</summary>
public sealed record GitProblem(MessageText Message)
{
    public string Text(Lang lang) => Message.In(lang);

    public static GitProblem NotARepository(string folder) => new(new MessageText("git.notARepository", ("folder", folder)));

    public static GitProblem NoCommits() => new(new MessageText("git.noCommits"));

    public static GitProblem MissingRevision(string rev, bool shallow) =>
        new(new MessageText(shallow ? "git.revisionNotInShallowClone" : "git.revisionNotFound", ("rev", rev)));

    public static GitProblem BadRepository(string detail) => new(new MessageText("git.cannotReadRepository", ("detail", detail)));

    /// <summary>
    /// A damaged repository (a garbage .git/HEAD, a missing or corrupt object): a CAT0110 diagnostic
    /// at the git folder, in the words of <see cref="LockRules.GitUnreadable"/>.
    /// </summary>
    public static GitProblem Unreadable(string gitFolder, MessageArgument what, string detail)
    {
        var rule = LockRules.GitUnreadable;
        (string, object?)[] args = [("what", what), ("detail", detail)];
        var full = new MessageText("diagnostic.messageAndFix", ("message", new MessageText(rule.Id + ".message", args)), ("fix", new MessageText(rule.Id + ".fix", args)));
        return new(new MessageText("git.unreadableAt", ("gitFolder", gitFolder), ("rule", rule.Id), ("message", full)));
    }

    /// <summary>What LibGit2Sharp threw while reading, as <see cref="Unreadable"/>.</summary>
    public static GitProblem From(LibGit2Sharp.LibGit2SharpException e, string gitFolder) =>
        Unreadable(gitFolder, e is LibGit2Sharp.NotFoundException
            ? new MessageText("gitPhrase.missingObject")
            : new MessageText("gitPhrase.readFailed"), e.Message.TrimEnd('.', ' '));
}

/// <summary>A value or the reason there is none.</summary>
public readonly record struct GitResult<T>(T? Value, GitProblem? Problem)
{
    public bool Ok => Problem is null;

    public static implicit operator GitResult<T>(GitProblem problem) => new(default, problem);

    public static GitResult<T> Of(T value) => new(value, null);
}
