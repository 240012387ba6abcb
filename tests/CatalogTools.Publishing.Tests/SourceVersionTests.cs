using System.Text.RegularExpressions;
using CatalogTools.Git.Repositories;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>Versions that never lie: uncommitted changes get a new version and say so; a clean commit published twice gives the same bytes.</summary>
public sealed class SourceVersionTests
{
    private const string Code = "GG00101001-230125-11230125010320163G";
    private const string Impl = $"implementations/230125/{Code}.yaml";

    /// <summary>FixedClock.Default (2026-11-22 09:00 +08:00) as a bundle version.</summary>
    private const long PublishedAt = 20261122010000;

    private static string Head(GitCatalog repo) => ProcessRun.MustGit(repo.Root, "rev-parse", "HEAD").Out.Trim();

    private static void EditHours(GitCatalog repo, string hours)
    {
        var line = repo.Temp.Read(Impl).Split('\n').First(l => l.StartsWith("hours: ", StringComparison.Ordinal));
        repo.Temp.Replace(Impl, line + "\n", $"hours: {hours}\n");
    }

    [Fact]
    public void An_uncommitted_edit_published_since_the_last_bundle_gets_a_new_version_and_says_the_source_was_dirty()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        var clean = BundleManifest.Parse(File.ReadAllBytes(Path.Combine(output, "web", "manifest.json")), out _)!;
        Assert.Equal(20261101080000, clean.BundleVersion);
        Assert.Equal(Head(repo), clean.SourceCommit);
        Assert.False(clean.SourceDirty);
        Assert.DoesNotContain("sourceDirty", File.ReadAllText(Path.Combine(output, "web", "manifest.json")));

        EditHours(repo, "工作日 9:00-17:00");
        var outcome = repo.Publish(output, "--since", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Contains("工作区有未提交的修改", outcome.Error);

        foreach (var channel in new[] { "web", "mobile", "kiosk" })
        {
            var delta = BundleDelta.Parse(File.ReadAllBytes(Path.Combine(output, channel, "delta.json")))!;
            Assert.Equal(20261101080000, delta.Since);
            Assert.Equal(PublishedAt, delta.BundleVersion);
            Assert.Equal([Code], delta.ChangedItems);

            var text = File.ReadAllText(Path.Combine(output, channel, "manifest.json"));
            var manifest = BundleManifest.Parse(File.ReadAllBytes(Path.Combine(output, channel, "manifest.json")), out _)!;
            Assert.Equal(PublishedAt, manifest.BundleVersion);
            Assert.Equal(Head(repo) + "-dirty", manifest.SourceCommit);
            Assert.NotEqual(Head(repo), manifest.SourceCommit);
            Assert.True(manifest.SourceDirty);
            Assert.Matches("^[0-9a-f]{64}$", manifest.SourceTreeDigest);
            Assert.Contains("\"sourceDirty\": true,\n", text);
            Assert.Equal(PublishedAt, manifest.Items.Single(i => i.Code == Code).Version);
            Assert.Equal(20261101080000, manifest.Items.Single(i => i.Code == "CJ00101001-230125-112301250745715780").Version);
        }
        Assert.Contains("（含未提交的修改）", File.ReadAllText(Path.Combine(output, "web", "index.html")));
        Assert.Equal(0, CliRun.Run("verify-bundle", output, "--key", repo.PublicKey).ExitCode);
    }

    [Fact]
    public void A_dirty_tree_published_again_in_the_same_second_still_moves_forward()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        EditHours(repo, "工作日 9:00-17:00");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        EditHours(repo, "工作日 8:00-16:00");
        Assert.Equal(0, repo.Publish(output, "--since", output).ExitCode);
        var delta = BundleDelta.Parse(File.ReadAllBytes(Path.Combine(output, "web", "delta.json")))!;
        Assert.Equal(PublishedAt, delta.Since);
        Assert.Equal(PublishedAt + 1, delta.BundleVersion);
    }

    [Fact]
    public void The_tree_digest_names_the_uncommitted_content_and_a_commit_makes_the_tree_clean_again()
    {
        using var repo = GitCatalog.CreateSample();
        Assert.False(SourceVersion.Of(SourceCommits.Of(repo.CatalogDir), FixedClock.Default).Dirty);

        EditHours(repo, "工作日 9:00-17:00");
        var first = SourceVersion.Of(SourceCommits.Of(repo.CatalogDir), FixedClock.Default);
        var again = SourceVersion.Of(SourceCommits.Of(repo.CatalogDir), FixedClock.Default);
        Assert.True(first.Dirty);
        Assert.Equal(first.TreeDigest, again.TreeDigest);

        repo.Temp.Write("implementations/230125/notes.txt", "untracked\n");
        var untracked = SourceVersion.Of(SourceCommits.Of(repo.CatalogDir), FixedClock.Default);
        Assert.NotEqual(first.TreeDigest, untracked.TreeDigest);

        repo.Temp.Delete("implementations/230125/notes.txt");
        EditHours(repo, "工作日 8:00-16:00");
        Assert.NotEqual(first.TreeDigest, SourceVersion.Of(SourceCommits.Of(repo.CatalogDir), FixedClock.Default).TreeDigest);

        repo.Commit("hours", GitCatalog.FirstCommit.AddDays(1));
        var committed = SourceVersion.Of(SourceCommits.Of(repo.CatalogDir), FixedClock.Default);
        Assert.False(committed.Dirty);
        Assert.Null(committed.TreeDigest);
        Assert.Equal(20261102080000, committed.BundleVersion);
        Assert.Equal(Head(repo), committed.Commit);
    }

    [Fact]
    public void A_clean_commit_published_twice_is_byte_identical_except_the_signatures()
    {
        using var repo = GitCatalog.CreateSample();
        var a = repo.Out("out-a");
        var b = repo.Out("out-b");
        Assert.Equal(0, repo.Publish(a).ExitCode);
        Assert.Equal(0, repo.Publish(b, "--no-cache").ExitCode);
        var files = Directory.EnumerateFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.EnumerateFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order(StringComparer.Ordinal).ToList());
        var signatures = 0;
        foreach (var relative in files)
        {
            if (Path.GetFileName(relative) == BundleManifest.SignatureFileName)
            {
                signatures++;
                continue;
            }
            if (relative.StartsWith("metadata" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                // Trust metadata: the signed parts are identical; only signatures (and the digests of signed files below) differ.
                Assert.Equal(SignedParts.WithoutDigestsOfSignedFiles(File.ReadAllBytes(Path.Combine(a, relative))), SignedParts.WithoutDigestsOfSignedFiles(File.ReadAllBytes(Path.Combine(b, relative))));
                signatures++;
                continue;
            }
            Assert.True(File.ReadAllBytes(Path.Combine(a, relative)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, relative))), relative);
        }
        // manifest.sig of each channel, and root, snapshot, timestamp and three targets metadata files.
        Assert.Equal(3 + 6, signatures);
        Assert.Equal(0, CliRun.Run("verify-bundle", a, "--key", repo.PublicKey).ExitCode);
        Assert.Equal(0, CliRun.Run("verify-bundle", b, "--key", repo.PublicKey).ExitCode);

        // The same commit published again with --since keeps its version: nothing changed, nothing claims to.
        Assert.Equal(0, repo.Publish(a, "--since", a).ExitCode);
        var delta = BundleDelta.Parse(File.ReadAllBytes(Path.Combine(a, "web", "delta.json")))!;
        Assert.Equal(delta.Since, delta.BundleVersion);
        Assert.Empty(delta.ChangedItems);
        Assert.Matches(new Regex("^[0-9a-f]{40}$"), BundleManifest.Parse(File.ReadAllBytes(Path.Combine(a, "web", "manifest.json")), out _)!.SourceCommit);
    }
}
