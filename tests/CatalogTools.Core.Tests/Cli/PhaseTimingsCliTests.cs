using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Cli;

/// <summary>
/// CATALOG_TIMINGS=1 splits a verb's phases on stderr (docs/performance.md names them) and adds nothing to stdout:
/// check (the reference), fmt, report and generate, each run in a child process with and without the variable.
/// </summary>
public sealed class PhaseTimingsCliTests
{
    [Fact]
    public void CheckWithoutTheCachePrintsLoadRulesAndReport()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var runs = TimingsRun.Twice(catalog.Root, "check", "--no-cache", "--catalog", catalog.CatalogDir);
        runs.AssertPhases(["load", "rules", "report"]);
    }

    [Fact]
    public void FmtCheckPrintsFormatAndReport()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var runs = TimingsRun.Twice(catalog.Root, "fmt", "--check", "--catalog", catalog.CatalogDir);
        runs.AssertPhases(["format", "report"]);
    }

    [Fact]
    public void FmtThatRewritesPrintsFormatWriteAndReport()
    {
        using var catalog = TempCatalog.CopyOfSample();
        const string file = "implementations/230125/CJ00101001-230125-112301250745715780.yaml";
        var canonical = catalog.Read(file);
        // Extra blank lines are not canonical: each run has one file to rewrite, so both print the same list.
        catalog.Write(file, canonical + "\n\n");
        var timed = TimingsRun.Once(catalog.Root, timings: true, "fmt", "--catalog", catalog.CatalogDir);
        catalog.Write(file, canonical + "\n\n");
        var plain = TimingsRun.Once(catalog.Root, timings: false, "fmt", "--catalog", catalog.CatalogDir);
        new TimingsOutcome(timed, plain).AssertPhases(["format", "write", "report"]);
        Assert.Contains("230125", timed.Out);
    }

    [Fact]
    public void ReportPrintsLoadComputeAndRender()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var output = Path.Combine(catalog.Root, "report.json");
        var runs = TimingsRun.Twice(catalog.Root, "report", "--catalog", catalog.CatalogDir, "--format", "json", "-o", output, "--no-trend");
        runs.AssertPhases(["load", "compute", "render"]);
        Assert.True(File.Exists(output));
    }

    [Fact]
    public void GeneratePrintsGenerateAndReport()
    {
        using var folder = TempCatalog.Empty();
        // Each run writes a new province; the folder named in the summary line is the only difference.
        var timed = TimingsRun.Once(folder.Root, timings: true, "generate", "-o", "timed", "--implementations", "50");
        var plain = TimingsRun.Once(folder.Root, timings: false, "generate", "-o", "plain", "--implementations", "50");
        new TimingsOutcome(timed, plain with { Out = plain.Out.Replace("plain", "timed", StringComparison.Ordinal) }).AssertPhases(["generate", "report"]);
        Assert.True(Directory.Exists(Path.Combine(folder.Root, "timed", "implementations")));
    }
}
