using System.Text.Json;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Reports.Tests;

/// <summary>The report on the repository's sample province.</summary>
public sealed class SampleCatalogTests
{
    [Fact]
    public void SampleProvinceReportCountsEveryActiveImplementation()
    {
        using var temp = TempCatalog.CopyOfSample();
        var path = Path.Combine(temp.Root, "sample.json");
        var outcome = CliRun.Run("report", "--catalog", temp.CatalogDir, "--format", "json", "-o", path);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var active = Directory.EnumerateFiles(Path.Combine(temp.CatalogDir, "implementations"), "*.yaml", SearchOption.AllDirectories)
            .Count(f => File.ReadAllText(f).Contains("\nstatus: 在用\n", StringComparison.Ordinal));
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var counts = doc.RootElement.GetProperty("counts");
        Assert.Equal(active, counts.GetProperty("total").GetInt32());
        Assert.Equal(active, counts.GetProperty("administrativePower").GetInt32() + counts.GetProperty("publicService").GetInt32());
        Assert.Equal(active, counts.GetProperty("byLevel").EnumerateArray().Sum(r => r.GetProperty("count").GetInt32()));
        Assert.Equal(active, counts.GetProperty("byDepartment").EnumerateArray().Sum(r => r.GetProperty("count").GetInt32()));
        Assert.Equal("230000", doc.RootElement.GetProperty("scope").GetProperty("region").GetString());
        // the targets are the sample policy file's
        var figures = doc.RootElement.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("target").GetDouble());
        Assert.Equal(0.75, figures["compressionNaturalPerson"]);
        Assert.Equal(1.0, figures["exemptShare"]);
        Assert.Equal(0, figures["cancelledProofsRequired"]);
    }
}
