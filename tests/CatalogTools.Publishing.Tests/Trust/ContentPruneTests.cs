using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Publishing.Trust;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests.Trust;

/// <summary>
/// `publish --keep-releases N` prunes content-addressed files under targets/ that none of the last N
/// releases references, after the new release is written: an item's oldest content goes, the content of
/// the kept releases and of what every channel serves now stays, and the folder still verifies whole.
/// </summary>
public sealed class ContentPruneTests : IDisposable
{
    private const string Impl = $"implementations/230125/{PullBundles.ChangedItem}.yaml";
    private readonly GitCatalog _repo = GitCatalog.CreateSample();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Publish_removes_content_no_kept_release_references_and_keeps_what_the_current_version_needs()
    {
        var output = _repo.Out("out");
        Assert.Equal(0, _repo.Publish(output, "--keep-releases", "2").ExitCode);
        var first = ItemContent(output);
        EditHours("工作日 9:00-16:00", 1);
        var second = _repo.Publish(output, "--since", output, "--keep-releases", "2");
        Assert.True(second.ExitCode == 0, second.Out + second.Error);
        Assert.DoesNotContain("已清理 targets/", second.Out);
        var middle = ItemContent(output);
        Assert.True(File.Exists(Path.Combine(output, first)), "two releases are kept");

        EditHours("工作日 9:00-15:00", 2);
        var third = _repo.Publish(output, "--since", output, "--keep-releases", "2");
        Assert.True(third.ExitCode == 0, third.Out + third.Error);
        Assert.Contains("已清理 targets/：删除", third.Out);
        Assert.False(File.Exists(Path.Combine(output, first)), $"{first} belongs to a release older than the last two");
        Assert.True(File.Exists(Path.Combine(output, middle)));
        Assert.True(File.Exists(Path.Combine(output, ItemContent(output))));
        // Every file each channel serves now still has its content-addressed name.
        foreach (var channel in new[] { "web", "mobile", "kiosk" })
        {
            foreach (var f in PullHelper.ManifestOf(Path.Combine(output, channel)).Files)
            {
                Assert.True(File.Exists(Path.Combine(output, RepositoryLayout.ContentFile($"{channel}/{f.Path}", f.Sha256))), $"{channel}/{f.Path}");
            }
        }
        var verified = CliRun.Run("verify-bundle", output, "--root", Path.Combine(output, RepositoryLayout.RootFile(1)));
        Assert.True(verified.ExitCode == 0, verified.Out + verified.Error);
    }

    [Fact]
    public void Keep_releases_below_one_is_refused_before_anything_is_written()
    {
        var output = _repo.Out("out");
        var outcome = _repo.Publish(output, "--keep-releases", "0");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--keep-releases 至少为 1", outcome.Error);
        Assert.False(Directory.Exists(output));
    }

    /// <summary>The content-addressed name, relative to the publish folder, of the changed item's mobile document as published now.</summary>
    private static string ItemContent(string output)
    {
        var entry = PullHelper.ManifestOf(Path.Combine(output, "mobile")).Files.Single(f => f.Path == $"items/{PullBundles.ChangedItem}.json");
        return RepositoryLayout.ContentFile($"mobile/{entry.Path}", entry.Sha256);
    }

    private void EditHours(string hours, int days)
    {
        var line = _repo.Temp.Read(Impl).Split('\n').First(l => l.StartsWith("hours: ", StringComparison.Ordinal));
        _repo.Temp.Replace(Impl, line + "\n", $"hours: {hours}\n");
        _repo.Commit("hours", GitCatalog.FirstCommit.AddDays(days));
    }
}
