using CatalogTools.Core.Diagnostics;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Git.Tests;

/// <summary>
/// catalog.lock under real `git merge`: the merge driver (.gitattributes `catalog.lock
/// merge=catalog-lock`, registered in the repository's config by `catalog lock` itself) merges
/// branches that change different items — even neighbouring lines — and leaves one conflict for
/// one item when both change it, which `catalog lock` resolves after the item file is resolved.
/// </summary>
public sealed class LockMergeTests
{
    private const string First = "implementations/230123/QR00101001-230123-1123012309123934XA.yaml";
    private const string FirstCode = "QR00101001-230123-1123012309123934XA";
    private const string Neighbour = "implementations/230124/QR00101001-230124-11230124072361358T.yaml";
    private const string NeighbourCode = "QR00101001-230124-11230124072361358T";
    private static readonly FixedClock Day2 = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8)));
    private static readonly FixedClock Day3 = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(8)));

    [Fact]
    public void Catalog_lock_registers_the_merge_driver_that_gitattributes_names()
    {
        using var git = Repository();
        var driver = ProcessRun.MustGit(git.Root, "config", "--local", "merge.catalog-lock.driver").Out.Trim();
        Assert.EndsWith("lock --merge %O %A %B", driver);
        Assert.Equal("catalog.lock: merge: catalog-lock", ProcessRun.MustGit(git.Root, "check-attr", "merge", "catalog.lock").Out.Trim());
        // A driver a person configured is left alone.
        ProcessRun.MustGit(git.Root, "config", "--local", "merge.catalog-lock.driver", "my-driver %O %A %B");
        Assert.Equal(0, git.Run("lock").ExitCode);
        Assert.Equal("my-driver %O %A %B", ProcessRun.MustGit(git.Root, "config", "--local", "merge.catalog-lock.driver").Out.Trim());
    }

    [Fact]
    public void Branches_that_change_neighbouring_items_merge_without_conflict()
    {
        using var git = Repository();
        var main = ProcessRun.MustGit(git.Root, "rev-parse", "--abbrev-ref", "HEAD").Out.Trim();
        Branch(git, "a", main, First, "工作日 9:00-17:00");
        Branch(git, "b", main, Neighbour, "工作日 8:00-12:00");

        ProcessRun.MustGit(git.Root, "checkout", "-q", "a");
        var merge = ProcessRun.Git(git.Root, "merge", "--no-edit", "b");
        Assert.True(merge.ExitCode == 0, merge.ToString());

        var text = File.ReadAllText(git.LockPath);
        Assert.DoesNotContain("<<<<<<<", text);
        Assert.Equal(["2", "2026-11-23", "active"], LockLine(git, FirstCode)[2..]);
        Assert.Equal(["2", "2026-11-23", "active"], LockLine(git, NeighbourCode)[2..]);
        var check = git.Run("lock", "--check");
        Assert.True(check.ExitCode == 0, check.Out + check.Error);
        Assert.Empty(ProcessRun.MustGit(git.Root, "status", "--porcelain").Out.Trim());
    }

    [Fact]
    public void Branches_that_change_the_same_item_conflict_on_that_item_only_and_lock_resolves_it()
    {
        using var git = Repository();
        var main = ProcessRun.MustGit(git.Root, "rev-parse", "--abbrev-ref", "HEAD").Out.Trim();
        Branch(git, "a", main, First, "工作日 9:00-17:00", alsoEdit: Neighbour);
        Branch(git, "b", main, First, "工作日 8:00-12:00");

        ProcessRun.MustGit(git.Root, "checkout", "-q", "a");
        var merge = ProcessRun.Git(git.Root, "merge", "--no-edit", "b");
        Assert.NotEqual(0, merge.ExitCode);
        Assert.Contains($"编码 {FirstCode} 在两个分支上都有改动", merge.Error + merge.Out);
        var unmerged = ProcessRun.MustGit(git.Root, "diff", "--name-only", "--diff-filter=U").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["catalog.lock", "catalog/" + First], unmerged.Order(StringComparer.Ordinal));

        // One block, holding the two lines of that one code; every other line merged (the neighbour from branch a).
        var lines = File.ReadAllLines(git.LockPath);
        var open = Assert.Single(lines, l => l.StartsWith("<<<<<<<", StringComparison.Ordinal));
        var start = Array.IndexOf(lines, open);
        Assert.Equal("=======", lines[start + 2]);
        Assert.StartsWith(">>>>>>>", lines[start + 4]);
        Assert.All(new[] { lines[start + 1], lines[start + 3] }, l => Assert.StartsWith(FirstCode + "\t", l));
        Assert.Equal(["2", "2026-11-23", "active"], LockLine(git, NeighbourCode)[2..]);

        var check = git.Run("lock", "--check", "--lang", "en");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains(RuleIds.LockMalformed, check.Out);
        Assert.Contains($"code {FirstCode} changed on both branches", check.Out);

        // Resolve the item as people do, then let catalog lock write its line: one version above both branches.
        var resolved = File.ReadAllText(git.Files.PathOf(First));
        var merged = string.Join('\n', resolved.Split('\n').Where(l => !l.StartsWith("<<<<<<<") && !l.StartsWith("=======") && !l.StartsWith(">>>>>>>") && !l.StartsWith("hours:")))
            .Replace("handlingType:", "hours: 工作日 8:00-17:00\nhandlingType:", StringComparison.Ordinal);
        File.WriteAllText(git.Files.PathOf(First), merged);
        var lockRun = git.RunAt(Day3, "lock");
        Assert.True(lockRun.ExitCode == 0, lockRun.Out + lockRun.Error);
        Assert.DoesNotContain("<<<<<<<", File.ReadAllText(git.LockPath));
        Assert.Equal(["3", "2026-11-24", "active"], LockLine(git, FirstCode)[2..]);
        Assert.Equal(0, git.Run("lock", "--check").ExitCode);
        ProcessRun.MustGit(git.Root, "add", "-A");
        ProcessRun.MustGit(git.Root, "commit", "-q", "--no-edit");
    }

    /// <summary>The sample in a real repository with this repository's .gitattributes and a lock written by `catalog lock`.</summary>
    private static GitCatalog Repository()
    {
        var git = GitCatalog.OfSample(commit: false);
        File.Copy(Path.Combine(RepoPaths.Root, ".gitattributes"), Path.Combine(git.Root, ".gitattributes"));
        var locked = git.Run("lock");
        Assert.True(locked.ExitCode == 0, locked.Error);
        Assert.Contains("merge.catalog-lock.driver", locked.Error);
        ProcessRun.MustGit(git.Root, "add", "-A");
        ProcessRun.MustGit(git.Root, "commit", "-q", "-m", "初始目录");
        return git;
    }

    /// <summary>A branch from <paramref name="from"/> that changes one item's hours, runs `catalog lock` and commits.</summary>
    private static void Branch(GitCatalog git, string name, string from, string file, string hours, string? alsoEdit = null)
    {
        ProcessRun.MustGit(git.Root, "checkout", "-q", "-b", name, from);
        SetHours(git, file, hours);
        if (alsoEdit is not null) SetHours(git, alsoEdit, hours);
        var locked = git.RunAt(Day2, "lock");
        Assert.True(locked.ExitCode == 0, locked.Error);
        ProcessRun.MustGit(git.Root, "commit", "-q", "-am", $"{name}：修改办公时间");
    }

    private static void SetHours(GitCatalog git, string file, string hours)
    {
        var lines = File.ReadAllLines(git.Files.PathOf(file));
        var at = Array.FindIndex(lines, l => l.StartsWith("hours:", StringComparison.Ordinal));
        Assert.True(at >= 0, $"{file} has no hours");
        lines[at] = "hours: " + hours;
        File.WriteAllText(git.Files.PathOf(file), string.Join('\n', lines) + "\n");
    }

    private static string[] LockLine(GitCatalog git, string code) =>
        File.ReadAllLines(git.LockPath).Single(l => l.StartsWith(code + "\t", StringComparison.Ordinal)).Split('\t');
}
