using LibGit2Sharp;

namespace CatalogTools.Git.Tests;

/// <summary>
/// A real repository damaged as disks and hands damage them — a garbage .git/HEAD, a missing blob —
/// gives every git-aware verb a CAT0110 diagnostic and exit 2, never a LibGit2Sharp stack trace.
/// </summary>
public sealed class DamagedRepositoryTests
{
    private static GitCatalog TwoCommits()
    {
        var git = GitCatalog.OfSample();
        Assert.Equal(0, git.Run("lock").ExitCode);
        git.Commit("锁文件");
        git.Files.Replace("standards/CJ00101001.yaml", "\nname: 林木林地权属争议行政裁决\n", "\nname: 林木林地权属争议裁决\n");
        Assert.Equal(0, git.Run("lock").ExitCode);
        git.Commit("改名");
        return git;
    }

    private static readonly string[][] GitVerbs =
    [
        ["check", "--changed-since", "HEAD~1"],
        ["diff", "HEAD~1"],
        ["history", "CJ00101001"],
        ["lock", "--check", "--base", "HEAD~1"],
    ];

    [Fact]
    public void AGarbageHeadIsCat0110WithExit2InEveryGitVerb()
    {
        using var git = TwoCommits();
        git.Repo.Dispose();
        File.WriteAllText(Path.Combine(git.Root, ".git", "HEAD"), "garbage garbage\n");
        foreach (var verb in GitVerbs)
        {
            var run = git.Run(verb);
            Assert.True(run.ExitCode == 2, string.Join(' ', verb) + ": " + run.Out + run.Error);
            Assert.Contains(".git/HEAD:1:1: 错误 CAT0110 无法读取 git 仓库（HEAD）", run.Error);
            Assert.Contains("git fsck", run.Error);
            Assert.DoesNotContain("   at ", run.Error);
        }
    }

    [Fact]
    public void AMissingBlobIsCat0110WithExit2InEveryGitVerb()
    {
        using var git = TwoCommits();
        var previous = git.Repo.Head.Tip.Parents.Single();
        var blobs = new[] { "catalog/standards/CJ00101001.yaml", "catalog.lock" }.Select(p => previous[p].Target.Sha).ToList();
        var rootTree = previous.Tree.Sha;
        git.Repo.Dispose();
        foreach (var sha in blobs) File.Delete(Path.Combine(git.Root, ".git", "objects", sha[..2], sha[2..]));
        foreach (var verb in GitVerbs.Where(v => v[0] != "check")) // a changed standard's old blob is not read by check
        {
            var run = git.Run(verb);
            Assert.True(run.ExitCode == 2, string.Join(' ', verb) + ": " + run.Out + run.Error);
            Assert.Contains("错误 CAT0110 无法读取 git 仓库（缺少对象）", run.Error);
            Assert.True(run.Error.Contains(blobs[0]) || run.Error.Contains(blobs[1]), run.Error);
            Assert.DoesNotContain("   at ", run.Error);
        }
        var english = git.Run("diff", "HEAD~1", "--lang", "en");
        Assert.Contains("error CAT0110 cannot read the git repository (missing object)", english.Error);

        // Without the previous commit's root tree, nothing of it can be read: check --changed-since stops too.
        File.Delete(Path.Combine(git.Root, ".git", "objects", rootTree[..2], rootTree[2..]));
        foreach (var verb in GitVerbs)
        {
            var run = git.Run(verb);
            Assert.True(run.ExitCode == 2, string.Join(' ', verb) + ": " + run.Out + run.Error);
            Assert.Contains("错误 CAT0110", run.Error);
            Assert.DoesNotContain("   at ", run.Error);
        }
    }

    [Fact]
    public void APreviousBranchExpressionIsARevisionNotAResponseFile()
    {
        using var git = GitCatalog.OfSample();
        var main = git.Repo.Head;
        var other = git.Repo.CreateBranch("other");
        Commands.Checkout(git.Repo, other);
        git.Files.Replace("standards/CJ00101001.yaml", "\nname: 林木林地权属争议行政裁决\n", "\nname: 林木林地权属争议裁决\n");
        git.Commit("改名");
        Commands.Checkout(git.Repo, main, new CheckoutOptions { CheckoutModifiers = CheckoutModifiers.Force });
        var run = git.Run("diff", "@{-1}");
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("CJ00101001", run.Out);
    }
}
