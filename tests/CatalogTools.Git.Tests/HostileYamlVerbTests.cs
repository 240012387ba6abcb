using CatalogTools.Tests.Shared;

namespace CatalogTools.Git.Tests;

/// <summary>
/// An alias bomb and 20,000-deep nesting, committed and in the work tree, through every verb that
/// reads YAML (the work tree, git revisions, a workbook import), each run as its own process under
/// the test's limits: a timeout, a 1.5 GB managed-heap cap and a peak resident memory below 1 GB.
/// Before the limits the bomb took check to 11.8 GB and the nesting ended in "Stack overflow.".
/// </summary>
public sealed class HostileYamlVerbTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private const long HeapCap = 1536L * 1024 * 1024;
    private const long PeakLimit = 1024L * 1024 * 1024;

    [Fact]
    public void EveryVerbThatReadsYamlReportsTheLimitWithinTimeAndMemory()
    {
        using var git = GitCatalog.OfSample();
        var workbook = Path.Combine(git.Root, "forms.xlsx");
        Assert.Equal(0, CliRun.Run("export", workbook, "--catalog", git.CatalogDir).ExitCode);
        git.Files.Write("standards/CJ00101001.yaml", HostileYaml.AliasBomb("CJ00101001"));
        git.Files.Write("standards/GG00101001.yaml", HostileYaml.DeepFlow(20_000, "GG00101001"));
        git.Files.Write("policy.yaml", HostileYaml.AliasBomb("policy"));
        git.Commit("炸弹");
        var output = Path.Combine(git.Root, "out");
        string[][] verbs =
        [
            ["check"],
            ["check", "--no-cache"],
            ["check", "--changed-since", "HEAD~1"],
            ["fmt", "--check"],
            ["fmt"],
            ["lock"],
            ["lock", "--check", "--base", "HEAD~1"],
            ["diff", "HEAD~1"],
            ["diff", "HEAD~1", "HEAD"],
            ["history", "CJ00101001"],
            ["history", "GG00101001"],
            ["import", workbook, "--dry-run"],
            ["export", Path.Combine(git.Root, "again.xlsx")],
            ["publish", "-o", Path.Combine(output, "pub")],
            ["report", "--format", "json", "-o", Path.Combine(output, "report.json")],
        ];
        foreach (var verb in verbs)
        {
            var run = BoundedCliProcess.Run(Timeout, HeapCap, [.. verb, "--catalog", git.CatalogDir]);
            var name = string.Join(' ', verb);
            Assert.False(run.TimedOut, name + ": " + run);
            Assert.False(run.Crashed, name + ": " + run);
            Assert.True(run.PeakBytes < PeakLimit, name + ": " + run);
            Assert.InRange(run.ExitCode, 0, 2);
        }
    }

    [Fact]
    public void CheckFmtAndLockNameTheLimitAndTheFile()
    {
        using var git = GitCatalog.OfSample();
        var workbook = Path.Combine(git.Root, "forms.xlsx");
        Assert.Equal(0, CliRun.Run("export", workbook, "--catalog", git.CatalogDir).ExitCode);
        git.Files.Write("standards/CJ00101001.yaml", HostileYaml.AliasBomb("CJ00101001"));
        git.Files.Write("standards/GG00101001.yaml", HostileYaml.DeepBlock(3_000, "GG00101001"));

        var check = BoundedCliProcess.Run(Timeout, HeapCap, "check", "--catalog", git.CatalogDir);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("standards/CJ00101001.yaml", check.Out);
        Assert.Contains("错误 CAT0025 [CJ00101001] 文件超出读取限制，未读取：别名（*）展开后超过 10,000 个节点", check.Out);
        Assert.Contains("66:", check.Out);
        Assert.Contains("错误 CAT0025 [GG00101001] 文件超出读取限制，未读取：嵌套超过 64 层", check.Out);

        var fmt = BoundedCliProcess.Run(Timeout, HeapCap, "fmt", "--check", "--catalog", git.CatalogDir, "--lang", "en");
        Assert.Equal(1, fmt.ExitCode);
        Assert.Contains("standards/GG00101001.yaml:66:", fmt.Error);
        Assert.Contains("error CAT0025 the file exceeds a reading limit and was not read: nesting deeper than 64 levels", fmt.Error);

        var lockRun = git.Run("lock");
        Assert.Equal(1, lockRun.ExitCode);
        Assert.Contains("CAT0025 [CJ00101001]", lockRun.Out);

        // Import reads the unreadable files within the limits and would replace them with what the workbook says.
        var import = git.Run("import", workbook, "--dry-run");
        Assert.True(import.ExitCode == 0, import.Out + import.Error);
        Assert.Contains("修改 standards/CJ00101001.yaml [CJ00101001]", import.Out);
    }
}
