using System.Text.Json;
using CatalogTools.Core.Tests.Checking;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Cli;

/// <summary>Exit codes 0 / 1 / 2, --fail-on, --lang and PATH arguments of `catalog check`.</summary>
public sealed class CheckExitCodeTests
{
    [Fact]
    public void SamplePassesWithExitZeroInEveryFormat()
    {
        foreach (var format in new[] { "text", "json", "sarif", "github" })
        {
            var outcome = CliRun.Run("check", "--catalog", RepoPaths.SampleCatalog, "--format", format);
            Assert.True(outcome.ExitCode == 0, $"{format}: {outcome.Out}{outcome.Error}");
            Assert.Equal("", outcome.Error);
        }
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void AnErrorExitsOneInEveryFormat(string format)
    {
        using var catalog = TempCatalog.CopyOfSample();
        DefectFixture.Load("09-unknown-agency").ApplyTo(catalog);
        var outcome = CliRun.Run("check", "--catalog", catalog.CatalogDir, "--format", format);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("CAT0008", outcome.Out);
    }

    [Theory]
    [InlineData("check", "--no-such-option")]
    [InlineData("check", "--catalog", "/nonexistent/catalog-folder")]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--fail-on", "info")]
    [InlineData("check", "--format", "json", "--output", "a.json", "--output", "b.json")]
    [InlineData("check", "--format", "text", "--format", "json")]
    [InlineData("check", "no/such/path.yaml")]
    [InlineData("no-such-verb")]
    public void CouldNotRunExitsTwoWithAMessage(params string[] args)
    {
        var withCatalog = args.Contains("--catalog") || args[0] != "check" ? args : [.. args, "--catalog", RepoPaths.SampleCatalog];
        var outcome = CliRun.Run(withCatalog);
        Assert.True(outcome.ExitCode == 2, $"exit {outcome.ExitCode}: {outcome.Out}{outcome.Error}");
        Assert.NotEqual("", outcome.Error.Trim());
    }

    [Fact]
    public void AnEmptyCatalogReportsItsMissingRegistries()
    {
        var empty = Path.Combine(Path.GetTempPath(), "catalog-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(empty);
        try
        {
            // An empty folder is a catalog with nothing in it: the missing registries are findings, not a crash.
            var outcome = CliRun.Run("check", "--catalog", empty, "--format", "json");
            Assert.Equal(1, outcome.ExitCode);
            using var json = JsonDocument.Parse(outcome.Out);
            Assert.All(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d => Assert.Equal("CAT0019", d.GetProperty("rule").GetString()));
        }
        finally
        {
            Directory.Delete(empty, true);
        }
    }

    [Fact]
    public void WarningsFailOnlyWithFailOnWarning()
    {
        using var catalog = TempCatalog.CopyOfSample();
        catalog.Write("notes/说明.yaml", "note: 这个文件不属于任何已知的文件类型\n");
        var plain = CliRun.Run("check", "--catalog", catalog.CatalogDir, "--format", "json");
        Assert.Equal(0, plain.ExitCode);
        using (var json = JsonDocument.Parse(plain.Out))
        {
            var d = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
            Assert.Equal("CAT0005", d.GetProperty("rule").GetString());
            Assert.Equal("warning", d.GetProperty("severity").GetString());
            Assert.Equal("catalog/notes/说明.yaml", d.GetProperty("file").GetString());
        }
        Assert.Equal(1, CliRun.Run("check", "--catalog", catalog.CatalogDir, "--fail-on", "warning").ExitCode);
        Assert.Equal(0, CliRun.Run("check", "--catalog", catalog.CatalogDir, "--fail-on", "error").ExitCode);
    }

    [Fact]
    public void LangEnSpeaksEnglish()
    {
        using var catalog = TempCatalog.CopyOfSample();
        DefectFixture.Load("10-unknown-law").ApplyTo(catalog);
        var zh = CliRun.Run("check", "--catalog", catalog.CatalogDir);
        var en = CliRun.Run("check", "--catalog", catalog.CatalogDir, "--lang", "en");
        Assert.Equal(1, en.ExitCode);
        Assert.Contains("错误 CAT0009 [CJ00101001] 依据『林木林地权属争议处理条例』未在 registries/laws.yaml 中登记。修改方法：", zh.Out);
        Assert.Contains("error CAT0009 [CJ00101001] basis '林木林地权属争议处理条例' is not in registries/laws.yaml. Fix: use the law's full title as registered", en.Out);
        Assert.Contains("Checked ", en.Out);
        Assert.Contains("2 errors", en.Out); // the unknown law, and the office copy that now differs from the standard (CAT0030)
    }

    [Fact]
    public void PathArgumentsReportOnlyThoseFiles()
    {
        using var catalog = TempCatalog.CopyOfSample();
        DefectFixture.Load("09-unknown-agency").ApplyTo(catalog);
        DefectFixture.Load("10-unknown-law").ApplyTo(catalog);
        var implementation = catalog.PathOf("implementations/230125/CJ00101001-230125-112301251234567889.yaml");

        var one = Run(catalog, implementation);
        Assert.Equal(1, one.Exit);
        Assert.Equal(new[] { "CAT0008 catalog/implementations/230125/CJ00101001-230125-112301251234567889.yaml" }, one.Diagnostics);
        Assert.Equal(1, one.Files);

        // A clean file passes although the catalog has errors elsewhere; paths may also be relative to the catalog.
        var clean = Run(catalog, "registries/regions.yaml");
        Assert.Equal(0, clean.Exit);
        Assert.Empty(clean.Diagnostics);

        var folder = Run(catalog, catalog.PathOf("standards"));
        Assert.Equal(new[] { "CAT0031 catalog/standards/CJ00101001.yaml", "CAT0009 catalog/standards/CJ00101001.yaml" }, folder.Diagnostics);
        Assert.Equal(Directory.GetFiles(catalog.PathOf("standards")).Length, folder.Files);

        var both = Run(catalog, implementation, catalog.PathOf("standards/CJ00101001.yaml"));
        Assert.Equal(3, both.Diagnostics.Count);
    }

    private static (int Exit, List<string> Diagnostics, int Files) Run(TempCatalog catalog, params string[] paths)
    {
        var outcome = CliRun.Run(["check", .. paths, "--catalog", catalog.CatalogDir, "--format", "json"]);
        Assert.True(outcome.Error.Length == 0, outcome.Error);
        using var json = JsonDocument.Parse(outcome.Out);
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("rule").GetString()} {d.GetProperty("file").GetString()}").ToList();
        return (outcome.ExitCode, diagnostics, json.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
    }
}
