using CatalogTools.Git.Repositories;
using System.Text.Json;
using CatalogTools.Core.Loading;
using CatalogTools.Reports.Computing;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Reports.Tests;

/// <summary>Times in Beijing time (or the configured zone) whatever the machine's zone; the trend over the tags matching a pattern.</summary>
public sealed class TimeZoneAndTagTests(GitFixtureHolder holder) : IClassFixture<GitFixtureHolder>
{
    /// <summary>01:30 UTC on a machine whose local zone is UTC (as CI machines are).</summary>
    private sealed class UtcMachineClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 12, 5, 1, 30, 0, TimeSpan.Zero);
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    private string Write(string format, params string[] extra)
    {
        var path = Path.Combine(holder.Fixture.Temp.Root, "out", $"tz-{Guid.NewGuid():N}.{format}");
        var outcome = CliRun.RunAt(new UtcMachineClock(), ["report", "--catalog", holder.Fixture.Temp.CatalogDir, "--format", format, "-o", path, .. extra]);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        return path;
    }

    [Fact]
    public void Html_md_and_json_show_beijing_time_on_a_utc_machine()
    {
        Assert.Contains("2026-12-05 09:30 +08:00", File.ReadAllText(Write("html")));
        Assert.Contains("2026-12-05 09:30 +08:00", File.ReadAllText(Write("md")));
        using var json = JsonDocument.Parse(File.ReadAllBytes(Write("json")));
        Assert.Equal("2026-12-05T09:30:00+08:00", json.RootElement.GetProperty("scope").GetProperty("generatedAt").GetString());
        // The tags' times too: v2 was committed 2026-06-05 10:00 +08:00.
        var v2 = json.RootElement.GetProperty("trend").EnumerateArray().Single(p => p.GetProperty("label").GetString() == "v2");
        Assert.Equal("2026-06-05T10:00:00+08:00", v2.GetProperty("when").GetString());
    }

    [Fact]
    public void Another_province_can_configure_its_zone()
    {
        Assert.Contains("2026-12-05 07:30 +06:00", File.ReadAllText(Write("md", "--time-zone", "Asia/Urumqi")));
    }

    [Fact]
    public void An_unknown_zone_cannot_run()
    {
        var outcome = CliRun.Run("report", "--catalog", holder.Fixture.Temp.CatalogDir, "--format", "md", "-o", Path.Combine(holder.Fixture.Temp.Root, "x.md"), "--time-zone", "Mars/Olympus");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Mars/Olympus", outcome.Error);
    }

    [Fact]
    public void The_trend_uses_only_the_tags_matching_the_pattern()
    {
        var location = CatalogLocation.Find(holder.Fixture.Temp.CatalogDir)!;
        var loader = new CatalogLoader(location);
        var loaded = loader.Load();
        using var history = GitCatalogHistory.Open(location);
        ReportRequest Request(string? tags) => new(null, null, ReportFixture.Now, Trend: true, TagPattern: tags);
        Assert.Equal(["v1", "v2", "当前"], ReportBuilder.Build(loaded, loader, Request(null), history).Report!.Trend.Select(p => p.Label));
        Assert.Equal(["v2", "当前"], ReportBuilder.Build(loaded, loader, Request("v2"), history).Report!.Trend.Select(p => p.Label));
        Assert.Equal(["v1", "v2", "当前"], ReportBuilder.Build(loaded, loader, Request("v?"), history).Report!.Trend.Select(p => p.Label));
        Assert.Empty(ReportBuilder.Build(loaded, loader, Request("catalog-*"), history).Report!.Trend);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Write("json", "--tags", "v1*")));
        Assert.Equal(["v1", "当前"], json.RootElement.GetProperty("trend").EnumerateArray().Select(p => p.GetProperty("label").GetString()));
    }
}
