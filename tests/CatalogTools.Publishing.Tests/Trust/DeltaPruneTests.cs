using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Publishing.Trust;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests.Trust;

/// <summary>
/// After the first complete prune, `publish` prunes through the deltas: only the releases that leave
/// the window, and of them only what their successors changed or removed. On a real series of updates
/// (an item edited, edited back to an older text, removed, and one more edit) it must leave targets/
/// exactly as the whole prune (every kept manifest read, every file under targets/ walked) does.
/// </summary>
public sealed class DeltaPruneTests
{
    private const string Hours = "implementations/230125/GG00101001-230125-11230125010320163G.yaml";
    private const string Other = "implementations/230100/XK00301001-230100-11230100003804469P.yaml";

    [Fact]
    public void Pruning_through_the_deltas_leaves_targets_exactly_as_the_whole_prune_over_a_publish_series()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output, "--keep-releases", "2").ExitCode);
        var byDelta = 0;
        var edits = new (string File, string? Hours)[]
        {
            (Hours, "工作日 9:00-17:00"),
            (Other, "工作日 8:00-12:00"),
            (Hours, "工作日 9:00-16:00"),
            (Hours, "工作日 9:00-17:00"), // back to a text an older release had
            (Other, null), // the item removed
            (Hours, "工作日 8:30-17:30"),
        };
        for (var day = 1; day <= edits.Length; day++)
        {
            var (file, hours) = edits[day - 1];
            if (hours is null) repo.Temp.Delete(file);
            else
            {
                var line = repo.Temp.Read(file).Split('\n').First(l => l.StartsWith("hours: ", StringComparison.Ordinal));
                repo.Temp.Replace(file, line + "\n", $"hours: {hours}\n");
            }
            repo.Commit($"edit {day}", GitCatalog.FirstCommit.AddDays(day));
            var update = repo.Publish(output, "--since", output, "--keep-releases", "2");
            Assert.True(update.ExitCode == 0, update.Out + update.Error);
            if (update.Out.Contains("按增量找出", StringComparison.Ordinal)) byDelta++;

            // The same folder pruned whole (its window forgotten) must lose nothing more and keep nothing less.
            var copy = repo.Out($"whole-{day}");
            CopyFolder(output, copy);
            File.Delete(Path.Combine(copy, ".content-prune.json"));
            var whole = ContentPrune.Prune(copy, 2);
            Assert.Null(whole.Stopped);
            Assert.True(whole.Removed == 0, $"after update {day} the whole prune still removed {whole.Removed} files the delta prune kept");
            Assert.Equal(Targets(output), Targets(copy));
        }
        Assert.True(byDelta >= 3, $"{byDelta} of {edits.Length} updates pruned through the deltas");
        var verified = CliRun.Run("verify-bundle", output, "--root", Path.Combine(output, RepositoryLayout.RootFile(1)));
        Assert.True(verified.ExitCode == 0, verified.Out + verified.Error);
        var pull = CliRun.Run("pull", output, "--channel", "web", "--root", repo.PublicKey, "-o", repo.Out("pulled"));
        Assert.True(pull.ExitCode == 0, pull.Out + pull.Error);
    }

    private static List<string> Targets(string output) =>
        Directory.EnumerateFileSystemEntries(Path.Combine(output, RepositoryLayout.TargetsFolder), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    private static void CopyFolder(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories)) Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories)) File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
