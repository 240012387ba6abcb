using CatalogTools.Tests.Shared;

namespace CatalogTools.Git.Tests;

/// <summary>
/// CATALOG_TIMINGS=1 splits the phases of the git verbs (history, diff, lock) on stderr and adds nothing to stdout:
/// each runs in a child process on the sample in a real repository, with and without the variable.
/// </summary>
public sealed class PhaseTimingsGitTests
{
    private const string Standard = "standards/QR00101001.yaml";

    [Fact]
    public void HistoryPrintsHistoryAndReport()
    {
        using var git = GitCatalog.OfSample();
        git.Files.Replace(Standard, "statutoryLimit:\n  days: 60\n", "statutoryLimit:\n  days: 30\n");
        git.Commit("压缩法定时限");
        var runs = TimingsRun.Twice(git.Root, "history", "QR00101001", "--catalog", git.CatalogDir);
        runs.AssertPhases(["history", "report"]);
        Assert.Contains("QR00101001", runs.Timed.Out);
    }

    [Fact]
    public void DiffPrintsGitDiffBothSidesCompareAndReport()
    {
        using var git = GitCatalog.OfSample();
        git.Files.Replace(Standard, "statutoryLimit:\n  days: 60\n", "statutoryLimit:\n  days: 30\n");
        var runs = TimingsRun.Twice(git.Root, "diff", "HEAD", "--catalog", git.CatalogDir);
        runs.AssertPhases(["git diff", "old side", "new side", "compare", "report"]);
    }

    [Fact]
    public void LockCheckPrintsStatesReadLockVerifyAndReport()
    {
        using var git = GitCatalog.OfSample();
        Assert.Equal(0, git.Run("lock").ExitCode);
        var runs = TimingsRun.Twice(git.Root, "lock", "--check", "--catalog", git.CatalogDir);
        runs.AssertPhases(["states", "read lock", "verify", "report"]);
    }
}
