using System.Net;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Serving;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Publishing.Trust;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// An update (`publish --since`) keeps the version it replaced as a spare (.CHANNEL.spare with its marker)
/// and the next update is built in that spare: only the files the two versions' deltas name are touched,
/// then the spare is exchanged with the live folder in one rename. The result must be what a full
/// publish of the same commit writes, verify by signature and trust metadata, pull over HTTP from
/// `catalog serve` (which never serves the spare), and a spare that is damaged, missing, unmarked or
/// left half updated by a kill must never be used.
/// </summary>
public sealed class SpareUpdateTests
{
    private const string Hours = "implementations/230125/GG00101001-230125-11230125010320163G.yaml";
    private const string Other = "implementations/230100/XK00301001-230100-11230100003804469P.yaml";
    private static readonly string[] ChannelNames = ["kiosk", "mobile", "web"];

    [Fact]
    public async Task Updates_after_the_first_are_built_in_the_spare_touch_only_their_changes_and_equal_a_full_publish()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        var root = repo.Out("installed-1.root.json");
        File.Copy(Path.Combine(output, "metadata", "1.root.json"), root);
        await using var server = await BundleServer.StartAsync(output, 0);
        using var http = new HttpClient { BaseAddress = server.Address };
        var pulled = repo.Out("pulled");
        AssertPulls(server.Address.ToString(), root, pulled);

        SetHours(repo, Hours, "工作日 9:00-17:00", 1);
        Assert.Equal(0, repo.Publish(output, "--since", output).ExitCode);
        Assert.Equal(ChannelNames, SpareFolders.Channels(output));
        Assert.Empty(SpareFolders.LeftOver(output));
        AssertPulls(server.Address.ToString(), root, pulled);

        var bundleFiles = Directory.GetFiles(Path.Combine(output, "web"), "*", SearchOption.AllDirectories).Length;
        SetHours(repo, Other, "工作日 8:00-12:00", 2);
        // The writers' file operations: the journal, each spare's marker, the changed files renamed in, the switches and the new markers.
        var operations = ChildRun.CountOperations("publish", "-o", output, "--since", output, "--catalog", repo.CatalogDir, "--templates", RepoPaths.Templates, "--key", repo.PrivateKey);
        Assert.True(operations < 80, $"{operations} file operations for two changed items over two versions (the web bundle alone has {bundleFiles} files)");
        Assert.Empty(SpareFolders.LeftOver(output));
        AssertSameAsFullPublish(repo, output);
        AssertEveryFileContentAddressed(output);
        AssertVerifies(repo, output);
        AssertPulls(server.Address.ToString(), root, pulled);
        // The spare is a dot-folder: never served, never verified as a channel.
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/.web.spare/manifest.json")).StatusCode);
        Assert.DoesNotContain(".web.spare", await http.GetStringAsync("/"));

        // A third update starts from a spare that was itself brought up to date.
        SetHours(repo, Hours, "工作日 8:30-17:30", 3);
        Assert.Equal(0, repo.Publish(output, "--since", output).ExitCode);
        AssertSameAsFullPublish(repo, output);
        AssertVerifies(repo, output);
        AssertPulls(server.Address.ToString(), root, pulled);
    }

    [Fact]
    public void A_removed_item_leaves_no_file_and_no_empty_folder_in_the_spare_built_version()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        SetHours(repo, Other, "工作日 8:00-12:00", 1);
        Assert.Equal(0, repo.Publish(output, "--since", output).ExitCode);
        repo.Temp.Delete(Hours);
        repo.Commit("removed", GitCatalog.FirstCommit.AddDays(2));
        var update = repo.Publish(output, "--since", output);
        Assert.True(update.ExitCode == 0, update.Error);

        var fresh = repo.Out("fresh");
        Assert.Equal(0, repo.Publish(fresh).ExitCode);
        foreach (var channel in ChannelNames)
        {
            Assert.Equal(Folders(Path.Combine(fresh, channel)), Folders(Path.Combine(output, channel)));
        }
        AssertSameAsFullPublish(repo, output);
        AssertVerifies(repo, output);
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("missing")]
    [InlineData("unmarked")]
    [InlineData("marker of another version")]
    public void A_spare_that_cannot_be_trusted_is_not_used_and_the_update_is_still_exact(string damage)
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        SetHours(repo, Hours, "工作日 9:00-17:00", 1);
        Assert.Equal(0, repo.Publish(output, "--since", output).ExitCode);
        var spare = Path.Combine(output, ".web.spare");
        switch (damage)
        {
            case "tampered":
                File.AppendAllText(Path.Combine(spare, BundleManifest.FileName), " ");
                break;
            case "missing":
                Directory.Delete(spare, recursive: true);
                break;
            case "unmarked":
                File.Delete(spare + ".ready");
                break;
            default:
                File.Copy(Path.Combine(output, ".kiosk.spare.ready"), spare + ".ready", overwrite: true);
                break;
        }

        var webFiles = Directory.GetFiles(Path.Combine(output, "web"), "*", SearchOption.AllDirectories).Length;
        SetHours(repo, Other, "工作日 8:00-12:00", 2);
        var operations = ChildRun.CountOperations("publish", "-o", output, "--since", output, "--catalog", repo.CatalogDir, "--templates", RepoPaths.Templates, "--key", repo.PrivateKey);
        // The web channel's whole stage was built instead: a link for each of its unchanged files.
        Assert.True(operations > webFiles, $"{operations} file operations: the {damage} spare was used");
        Assert.Empty(SpareFolders.LeftOver(output));
        Assert.Equal(ChannelNames, SpareFolders.Channels(output));
        AssertSameAsFullPublish(repo, output);
        AssertVerifies(repo, output);
    }

    [Fact]
    public void An_update_killed_while_it_brings_the_spare_up_to_date_leaves_the_live_bundles_and_the_next_update_is_exact()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        SetHours(repo, Hours, "工作日 9:00-17:00", 1);
        Assert.Equal(0, repo.Publish(output, "--since", output).ExitCode);
        var live = ChannelNames.ToDictionary(c => c, c => File.ReadAllBytes(Path.Combine(output, c, BundleManifest.FileName)));
        SetHours(repo, Other, "工作日 8:00-12:00", 2);
        string[] update = ["publish", "-o", output, "--since", output, "--catalog", repo.CatalogDir, "--templates", RepoPaths.Templates, "--key", repo.PrivateKey];

        // Killed at operation 6: after the journal, spares taken (journal, marker removed), files renamed into them — before any switch.
        var killed = ChildRun.Run("6", update);
        Assert.True(killed.Killed, killed.Error);
        Assert.True(ChannelNames.Any(c => !File.Exists(Path.Combine(output, $".{c}.spare.ready"))), "no spare had been taken when the run was killed");
        foreach (var channel in ChannelNames) Assert.Equal(live[channel], File.ReadAllBytes(Path.Combine(output, channel, BundleManifest.FileName)));
        AssertVerifies(repo, output);

        var next = CliRun.Run(update);
        Assert.True(next.ExitCode == 0, next.Error);
        Assert.Empty(SpareFolders.LeftOver(output));
        AssertSameAsFullPublish(repo, output);
        AssertVerifies(repo, output);
    }

    private static void SetHours(GitCatalog repo, string file, string hours, int day)
    {
        var line = repo.Temp.Read(file).Split('\n').First(l => l.StartsWith("hours: ", StringComparison.Ordinal));
        repo.Temp.Replace(file, line + "\n", $"hours: {hours}\n");
        repo.Commit($"hours {day}", GitCatalog.FirstCommit.AddDays(day));
    }

    /// <summary>Every channel holds what a full publish of the same commit writes (the update adds delta.json), byte for byte.</summary>
    private static void AssertSameAsFullPublish(GitCatalog repo, string output)
    {
        var fresh = repo.Out("fresh-" + Guid.NewGuid().ToString("N")[..8]);
        Assert.Equal(0, repo.Publish(fresh).ExitCode);
        foreach (var channel in ChannelNames)
        {
            var expected = PublishedFiles.Of(Path.Combine(fresh, channel));
            var actual = PublishedFiles.Of(Path.Combine(output, channel));
            Assert.Equal(expected.Keys.Where(k => k != BundleManifest.DeltaFileName).Order(), actual.Keys.Where(k => k != BundleManifest.DeltaFileName).Order());
            foreach (var (relative, bytes) in expected)
            {
                if (relative is BundleManifest.SignatureFileName or BundleManifest.FileName or BundleManifest.DeltaFileName) continue;
                Assert.True(bytes.AsSpan().SequenceEqual(actual[relative]), $"{channel}/{relative} differs from the full publish");
            }
            var full = BundleManifest.Parse(expected[BundleManifest.FileName], out _)!;
            var updated = BundleManifest.Parse(actual[BundleManifest.FileName], out _)!;
            Assert.Equal(full.Files.Where(f => f.Path != BundleManifest.DeltaFileName), updated.Files.Where(f => f.Path != BundleManifest.DeltaFileName));
            Assert.Equal(full.Items.Select(i => (i.Code, i.Hash)), updated.Items.Select(i => (i.Code, i.Hash)));
        }
    }

    /// <summary>Every file of every channel has its content-addressed name under targets/, though an update links only its delta's.</summary>
    private static void AssertEveryFileContentAddressed(string output)
    {
        foreach (var channel in ChannelNames)
        {
            var manifest = BundleManifest.Parse(File.ReadAllBytes(Path.Combine(output, channel, BundleManifest.FileName)), out _)!;
            foreach (var file in manifest.Files)
            {
                Assert.True(File.Exists(Path.Combine(output, RepositoryLayout.ContentFile($"{channel}/{file.Path}", file.Sha256))), $"targets/ lacks {channel}/{file.Path}");
            }
        }
    }

    private static void AssertVerifies(GitCatalog repo, string output)
    {
        var byKey = CliRun.Run("verify-bundle", output, "--key", repo.PublicKey);
        Assert.True(byKey.ExitCode == 0, byKey.Out + byKey.Error);
        Assert.DoesNotContain(".spare", byKey.Out);
        var byRoot = CliRun.Run("verify-bundle", Path.Combine(output, "web"), "--root", Path.Combine(output, "metadata", "1.root.json"));
        Assert.True(byRoot.ExitCode == 0, byRoot.Out + byRoot.Error);
    }

    /// <summary>A TUF pull of the web channel over HTTP from `catalog serve` (the test's server), trusting the installed root.</summary>
    private static void AssertPulls(string url, string root, string folder)
    {
        var pull = Task.Run(() => CliRun.Run("pull", url, "--root", root, "--channel", "web", "-o", folder)).GetAwaiter().GetResult();
        Assert.True(pull.ExitCode == 0, pull.Out + pull.Error);
    }


    private static List<string> Folders(string directory) =>
        Directory.EnumerateDirectories(directory, "*", SearchOption.AllDirectories).Select(d => Path.GetRelativePath(directory, d).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
}
