using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Cli;

/// <summary>`catalog generate`: deterministic for a seed, and what it writes passes check and fmt --check.</summary>
public sealed class GenerateTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "catalog-generate-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void The_province_is_moved_into_place_whole_and_no_staging_folder_is_left()
    {
        var dir = Path.Combine(_root, "whole");
        Assert.Equal(0, CliRun.Run("generate", "-o", dir, "--implementations", "100").ExitCode);
        Assert.True(File.Exists(Path.Combine(dir, "policy.yaml")));
        Assert.Equal("whole", Path.GetFileName(Assert.Single(Directory.GetFileSystemEntries(_root))));
    }

    [Fact]
    public void A_generation_that_fails_half_way_leaves_neither_the_folder_nor_its_stage()
    {
        var dir = Path.Combine(_root, "half");
        var written = 0;
        var failure = CatalogTools.Core.Writing.JournaledWriter.WriteFolder(_root, dir, stage =>
        {
            var stats = new CatalogTools.Core.Generation.ProvinceGenerator(100, 1).Write(stage);
            written = Directory.GetFiles(stage, "*.yaml", SearchOption.AllDirectories).Length;
            throw new IOException("disk full after " + stats.Implementations + " implementations");
        });
        Assert.Contains("disk full", failure?.Reason);
        Assert.True(written > 100);
        Assert.False(Directory.Exists(dir));
        Assert.Empty(Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_made_is_reported_and_nothing_is_left_behind()
    {
        Directory.CreateDirectory(_root);
        var blocker = Path.Combine(_root, "a-file");
        File.WriteAllText(blocker, "not a folder");
        var outcome = CliRun.Run("generate", "-o", Path.Combine(blocker, "province"), "--implementations", "100");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("无法生成到", outcome.Error);
        Assert.Equal("a-file", Path.GetFileName(Assert.Single(Directory.GetFileSystemEntries(_root))));
    }

    [Fact]
    public void TheSameSeedWritesByteIdenticalTrees()
    {
        var a = Path.Combine(_root, "a");
        var b = Path.Combine(_root, "b");
        var c = Path.Combine(_root, "c");
        Assert.Equal(0, CliRun.Run("generate", "-o", a, "--implementations", "500", "--seed", "7").ExitCode);
        Assert.Equal(0, CliRun.Run("generate", "-o", b, "--implementations", "500", "--seed", "7").ExitCode);
        Assert.Equal(0, CliRun.Run("generate", "-o", c, "--implementations", "500", "--seed", "8").ExitCode);
        var treeA = Tree(a);
        Assert.True(treeA.Count > 500, $"{treeA.Count} files");
        Assert.Equal(treeA, Tree(b));
        Assert.NotEqual(treeA, Tree(c));
    }

    [Fact]
    public void AThousandRecordProvincePassesCheckAndFmt()
    {
        var dir = Path.Combine(_root, "thousand");
        var generate = CliRun.Run("generate", "-o", dir, "--implementations", "1000");
        Assert.Equal(0, generate.ExitCode);
        Assert.Contains("实施清单 1000 项", generate.Out);
        Assert.Equal(1000, Directory.GetFiles(Path.Combine(dir, "implementations"), "*.yaml", SearchOption.AllDirectories).Length);

        var check = CliRun.Run("check", "--catalog", dir, "--format", "json");
        Assert.True(check.ExitCode == 0, check.Out[..Math.Min(4000, check.Out.Length)] + check.Error);
        Assert.Contains("\"implementations\": 1000", check.Out);

        var fmt = CliRun.Run("fmt", "--check", "--catalog", dir);
        Assert.True(fmt.ExitCode == 0, fmt.Out[..Math.Min(4000, fmt.Out.Length)] + fmt.Error);
    }

    [Fact]
    public void ANonEmptyOutputFolderIsRefused()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "keep.txt"), "x");
        var outcome = CliRun.Run("generate", "-o", _root, "--implementations", "10");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("x", File.ReadAllText(Path.Combine(_root, "keep.txt")));
    }

    private static SortedDictionary<string, string> Tree(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
