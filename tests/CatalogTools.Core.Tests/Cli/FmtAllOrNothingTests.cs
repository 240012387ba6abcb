using System.Text;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Cli;

/// <summary>`catalog fmt` rewrites its set of files as a whole: when one cannot be written, none is.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FmtAllOrNothingTests
{
    private const string Implementation = "implementations/230125/CJ00101001-230125-112301250745715780.yaml";
    private const string Standard = "standards/QR00101001.yaml";

    [Fact]
    public void A_read_only_file_in_the_set_leaves_every_file_as_it_was_then_all_are_rewritten_once_it_is_writable()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var fixtures = Path.Combine(RepoPaths.Root, "tests", "CatalogTools.Core.Tests", "Fixtures", "Fmt");
        catalog.Write(Implementation, File.ReadAllText(Path.Combine(fixtures, "input.yaml"), Encoding.UTF8));
        catalog.Replace(Standard, "name: 居民身份证换领\n", "name: '居民身份证换领'\n");
        var before = Snapshot(catalog.CatalogDir);
        var standardPath = catalog.PathOf(Standard);
        File.SetUnixFileMode(standardPath, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        // The implementation sorts first, so it is swapped in before the read-only standard stops the set: it must be put back.
        var failed = CliRun.Run("fmt", "--catalog", catalog.CatalogDir);
        Assert.Equal(2, failed.ExitCode);
        Assert.Contains($"{Standard}: 文件是只读的，未改写任何文件（共 2 个待改写）", failed.Error);
        Assert.DoesNotContain(Implementation, failed.Out);
        Assert.Equal(before, Snapshot(catalog.CatalogDir));
        AssertNoStage(catalog);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(standardPath));

        var en = CliRun.Run("fmt", "--catalog", catalog.CatalogDir, "--lang", "en");
        Assert.Contains($"{Standard}: the file is read-only; no file was rewritten (2 to rewrite)", en.Error);

        File.SetUnixFileMode(standardPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var fmt = CliRun.Run("fmt", "--catalog", catalog.CatalogDir);
        Assert.True(fmt.ExitCode == 0, fmt.Out + fmt.Error);
        Assert.Contains(Implementation, fmt.Out);
        Assert.Contains(Standard, fmt.Out);
        Assert.Contains("name: 居民身份证换领\n", catalog.Read(Standard));
        Assert.Equal(0, CliRun.Run("fmt", "--check", "--catalog", catalog.CatalogDir).ExitCode);
        AssertNoStage(catalog);
    }

    private static void AssertNoStage(TempCatalog catalog)
    {
        var cache = Path.Combine(catalog.Root, ".catalog-cache");
        Assert.Empty(Directory.GetDirectories(cache, CatalogTools.Core.Writing.JournaledWriter.StagePrefix + "*"));
        Assert.False(File.Exists(Path.Combine(cache, CatalogTools.Core.Writing.JournaledWriter.JournalName)));
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
