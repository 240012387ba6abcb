using CatalogTools.Core.Loading;
using CatalogTools.Core.Sources;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Incremental;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// `publish --since` takes the changed files from git's tree diff (the state's commit → HEAD) when the state was
/// recorded at a clean commit, the work tree is clean and that commit is an ancestor of HEAD; only those files are
/// digested. Otherwise (an uncommitted edit, a rewritten history) it walks every file's digest as before. Either way
/// the bundle is byte for byte what a whole update (--no-cache) writes. CATALOG_TIMINGS names which way was taken:
/// "changed files" (git) or "digests" (the walk).
/// </summary>
public sealed class CommitChangesTests
{
    private const string Incremental = "增量更新";
    private const string Hours = "implementations/230125/GG00101001-230125-11230125010320163G.yaml";
    private const string Removed = "implementations/230125/CJ00101001-230125-112301250745715780.yaml";
    private const string Added = "implementations/230125/GG00101001-230125-11230125029522099X.yaml";
    private const string Standard = "standards/QR00101001.yaml";

    [Fact]
    public void Patching_the_recorded_digests_gives_what_comparing_every_digest_gives()
    {
        static ContentDigest D(ulong n) => new(n, n + 1, n + 2, n + 3);
        var recorded = new List<SourceDigest> { new("b.yaml", D(1)), new("c.yaml", D(2)), new("d.yaml", D(3)), new("f.yaml", D(4)) };
        // The diff names: a new first file, one modified, one back to its recorded content, one removed, one added
        // at the end, and one that is in neither (added and removed again between the two commits).
        var named = new SortedDictionary<string, ContentDigest?>(StringComparer.Ordinal)
        {
            ["a.yaml"] = D(10), ["c.yaml"] = D(20), ["d.yaml"] = D(3), ["f.yaml"] = null, ["g.yaml"] = D(30), ["e.yaml"] = null,
        };
        var now = new List<SourceDigest> { new("a.yaml", D(10)), new("b.yaml", D(1)), new("c.yaml", D(20)), new("d.yaml", D(3)), new("g.yaml", D(30)) };
        var since = new RecordedDigests(recorded);

        var patched = CommitChanges.Patch(recorded, named, since);
        var walked = CatalogChanges.BetweenDigests(since, recorded, now);

        Assert.Equal(walked.CurrentDigests, patched.CurrentDigests);
        Assert.Equal(walked.Files, patched.Files);
        Assert.Equal(["a.yaml", "c.yaml", "f.yaml", "g.yaml"], patched.Files.Select(f => f.Path));
        Assert.Equal([FileChangeKind.Added, FileChangeKind.Modified, FileChangeKind.Removed, FileChangeKind.Added], patched.Files.Select(f => f.Change));
    }

    [Fact]
    public void After_a_commit_the_changed_files_come_from_git_and_the_bundle_is_a_whole_updates()
    {
        using var repo = GitCatalog.CreateSample();
        var (fast, whole) = PublishTwice(repo);

        repo.Temp.Replace(Hours, "hours: 工作日 8:30-11:30，13:00-16:30（法定节假日除外）", "hours: 工作日 9:00-17:00");
        repo.Temp.Replace(Standard, "  - 可选择邮政寄递方式领取新证\n", "  - 可选择邮政寄递或窗口方式领取新证\n");
        repo.Temp.Delete(Removed);
        repo.Temp.Write(Added, repo.Temp.Read(Hours)
            .Replace("GG00101001-230125-11230125010320163G", "GG00101001-230125-11230125029522099X", StringComparison.Ordinal)
            .Replace("agency: 11230125010320163G", "agency: 11230125029522099X", StringComparison.Ordinal));
        repo.Commit("edits", GitCatalog.FirstCommit.AddDays(1));

        var phases = UpdateAndCompare(repo, fast, whole);
        Assert.Contains("changed files", phases);
        Assert.DoesNotContain("digests", phases);

        // The next commit diffs from the commit this update recorded.
        repo.Temp.Replace(Hours, "hours: 工作日 9:00-17:00", "hours: 工作日 9:00-18:00");
        repo.Commit("hours", GitCatalog.FirstCommit.AddDays(2));
        phases = UpdateAndCompare(repo, fast, whole);
        Assert.Contains("changed files", phases);
    }

    [Fact]
    public void An_uncommitted_edit_walks_every_digest_and_records_no_commit()
    {
        using var repo = GitCatalog.CreateSample();
        var (fast, whole) = PublishTwice(repo);

        repo.Temp.Replace(Hours, "hours: 工作日 8:30-11:30，13:00-16:30（法定节假日除外）", "hours: 工作日 9:00-17:00");
        Assert.Contains("digests", UpdateAndCompare(repo, fast, whole));

        // The state after a dirty update describes no commit: the next update walks the digests again even when clean.
        repo.Commit("hours", GitCatalog.FirstCommit.AddDays(1));
        repo.Temp.Delete(Removed);
        repo.Commit("removed", GitCatalog.FirstCommit.AddDays(2));
        Assert.Contains("digests", UpdateAndCompare(repo, fast, whole));

        // That clean update recorded its commit: git answers from here on.
        repo.Temp.Replace(Hours, "hours: 工作日 9:00-17:00", "hours: 工作日 9:00-18:00");
        repo.Commit("hours again", GitCatalog.FirstCommit.AddDays(3));
        Assert.Contains("changed files", UpdateAndCompare(repo, fast, whole));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_published_commit_that_is_no_longer_an_ancestor_or_gone_walks_every_digest(bool gone)
    {
        using var repo = GitCatalog.CreateSample();
        var (fast, whole) = PublishTwice(repo);

        // The published commit is amended away: HEAD's history no longer holds it (and, gone, the repository neither).
        repo.Temp.Replace(Hours, "hours: 工作日 8:30-11:30，13:00-16:30（法定节假日除外）", "hours: 工作日 9:00-17:00");
        repo.Amend("sample, amended", GitCatalog.FirstCommit.AddDays(1));
        if (gone) repo.DropUnreachable();
        var phases = UpdateAndCompare(repo, fast, whole);
        Assert.Contains("digests", phases);
        Assert.DoesNotContain("changed files", phases);
    }

    /// <summary>A whole publish, and a copy of it that the reference (whole, --no-cache) updates follow.</summary>
    private static (string Fast, string Whole) PublishTwice(GitCatalog repo)
    {
        var fast = repo.Out("out-fast");
        Assert.Equal(0, repo.Publish(fast).ExitCode);
        var whole = repo.Out("out-whole");
        TempCatalog.CopyDirectory(fast, whole);
        return (fast, whole);
    }

    /// <summary>Updates <paramref name="fast"/> incrementally (timed, in a child process) and <paramref name="whole"/> with --no-cache; asserts the bundles are the same; returns the update's phases.</summary>
    private static List<string> UpdateAndCompare(GitCatalog repo, string fast, string whole)
    {
        var update = repo.PublishTimed(fast, "--since", fast);
        Assert.True(update.ExitCode == 0, update.Error);
        Assert.Contains(Incremental, update.Out);
        var reference = repo.Publish(whole, "--since", whole, "--no-cache");
        Assert.True(reference.ExitCode == 0, reference.Error);
        PublishedFiles.AssertSameChannels(whole, fast);
        Assert.Equal(0, CliRun.Run("verify-bundle", fast, "--key", repo.PublicKey).ExitCode);
        return update.Error.Split('\n')
            .Where(l => l.StartsWith(TimingsRun.Prefix, StringComparison.Ordinal))
            .Select(l => l[TimingsRun.Prefix.Length..].Split("  ", 2)[0].Trim())
            .ToList();
    }

}
