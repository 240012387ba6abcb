using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// Every bundle is made by one writer fed a change plan; a full publish is an update from an empty
/// bundle. So a full publish over a folder that already holds a bundle (and a stray file) must give
/// exactly what a full publish into an empty folder gives: same files, same manifest bytes, nothing
/// of the old bundle left; and an update in place (--since, no publish state) must give the same
/// manifest as a full publish of the same commit.
/// </summary>
public sealed class BundleWriterTests
{
    private const string Changed = "GG00101001-230125-11230125010320163G";

    [Fact]
    public void A_full_publish_is_an_update_from_an_empty_bundle_and_an_update_in_place_writes_the_same_manifest()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        File.WriteAllText(Path.Combine(output, "web", "stray.html"), "left by hand");

        var impl = $"implementations/230125/{Changed}.yaml";
        var hours = repo.Temp.Read(impl).Split('\n').First(l => l.StartsWith("hours: ", StringComparison.Ordinal));
        repo.Temp.Replace(impl, hours + "\n", "hours: 工作日 9:00-17:00\n");
        repo.Commit("hours", GitCatalog.FirstCommit.AddDays(3));

        var over = repo.Out("over");
        CopyDirectory(output, over);
        Assert.Equal(0, repo.Publish(over, "--no-cache").ExitCode);
        var fresh = repo.Out("fresh");
        Assert.Equal(0, repo.Publish(fresh, "--no-cache").ExitCode);
        Directory.Delete(Path.Combine(repo.Root, ".catalog-cache"), recursive: true);
        var updated = repo.Out("updated");
        CopyDirectory(output, updated);
        File.Delete(Path.Combine(updated, "web", "stray.html"));
        var update = repo.Publish(updated, "--since", updated, "--no-cache");
        Assert.True(update.ExitCode == 0, update.Error);
        Assert.Contains("渲染事项 1 项", update.Out);

        foreach (var channel in new[] { "web", "mobile", "kiosk" })
        {
            Assert.Equal(Files(Path.Combine(fresh, channel)), Files(Path.Combine(over, channel)));
            foreach (var relative in Files(Path.Combine(fresh, channel)).Where(r => r != "manifest.sig"))
            {
                Assert.True(File.ReadAllBytes(Path.Combine(fresh, channel, relative)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(over, channel, relative))), $"{channel}/{relative}");
            }
            // The update also lists delta.json; every other entry, and the header, is what the full publish wrote.
            var full = BundleManifest.Parse(File.ReadAllBytes(Path.Combine(fresh, channel, "manifest.json")), out _)!;
            var inPlace = BundleManifest.Parse(File.ReadAllBytes(Path.Combine(updated, channel, "manifest.json")), out _)!;
            Assert.Equal(full.Items.Select(i => (i.Code, i.Hash)), inPlace.Items.Select(i => (i.Code, i.Hash)));
            Assert.Equal(full.Files, inPlace.Files.Where(f => f.Path != BundleManifest.DeltaFileName));
            Assert.Equal(Files(Path.Combine(updated, channel)).Where(r => r != BundleManifest.DeltaFileName), Files(Path.Combine(fresh, channel)));
        }
        Assert.Equal(0, CliRun.Run("verify-bundle", updated, "--key", repo.PublicKey).ExitCode);
        Assert.False(File.Exists(Path.Combine(over, "web", "stray.html")));
    }

    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories)) Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories)) File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
