using System.Text.Json;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Reports.Tests;

/// <summary>
/// A catalog with two top regions has no one region to name its scope: the report says "all regions"
/// in the reader's language (before, 全部区划 in every language).
/// </summary>
public sealed class AllRegionsLabelTests
{
    [Theory]
    [InlineData("zh", "全部区划")]
    [InlineData("en", "All regions")]
    public void The_scope_of_several_top_regions_is_named_in_the_readers_language(string lang, string expected)
    {
        using var temp = TempCatalog.CopyOf(ReportFixture.SmallCatalog);
        temp.Write("registries/regions.yaml", temp.Read("registries/regions.yaml") + "  - code: \"220000\"\n    name: 吉林省\n    level: 省级\n");
        var json = Path.Combine(temp.Root, "report.json");
        var md = Path.Combine(temp.Root, "report.md");
        Assert.Equal(0, CliRun.Run("report", "--catalog", temp.CatalogDir, "--format", "json", "-o", json, "--lang", lang, "--no-trend").ExitCode);
        Assert.Equal(0, CliRun.Run("report", "--catalog", temp.CatalogDir, "--format", "md", "-o", md, "--lang", lang, "--no-trend").ExitCode);

        using var doc = JsonDocument.Parse(File.ReadAllBytes(json));
        var scope = doc.RootElement.GetProperty("scope");
        Assert.Equal("", scope.GetProperty("region").GetString());
        Assert.Equal(expected, scope.GetProperty("regionName").GetString());
        var text = File.ReadAllText(md);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        if (lang == "en") Assert.DoesNotContain("全部区划", text, StringComparison.Ordinal);
    }
}
