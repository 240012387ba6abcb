using CatalogTools.Cli.Commands.Import;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Excel.Import;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>
/// Import checks an edited catalog through check's parse cache (.catalog-cache/ beside the catalog);
/// the cache stands in for parsing unchanged files and never hides a finding. Unedited files that
/// are not in canonical form are still left alone.
/// </summary>
public sealed class CacheTests
{
    private const string Office = "XK00301001-230100-11230100003804469P";

    [Fact]
    public void AnEditIsCheckedThroughTheCacheCheckFilled()
    {
        using var catalog = TempCatalog.CopyOfSample();
        Assert.Equal(0, CliRun.Run("check", "--catalog", catalog.CatalogDir).ExitCode);
        var workbook = Forms.Export(catalog);
        SetPromise(workbook, 4);
        var location = CatalogLocation.Find(catalog.CatalogDir)!;

        using var files = new CachedFiles(location, noCache: false);
        ImportPlan plan;
        using (var stream = File.OpenRead(workbook))
        {
            plan = new CatalogImporter(location, FixedClock.Default, files).Plan(stream, "forms.xlsx");
        }
        var cache = files.Statistics;
        Assert.False(plan.HasErrors, string.Join("\n", plan.Diagnostics));
        Assert.Equal([$"implementations/230100/{Office}.yaml"], plan.Changes.Select(c => c.Path));
        // Like `check --changed-since`, only what the edit needs is loaded: every standard came from the
        // cache, the edited implementation was parsed from its new bytes, the other implementations not at all.
        var standards = Directory.EnumerateFiles(Path.Combine(catalog.CatalogDir, "standards"), "*.yaml").Count();
        Assert.Equal(standards, cache.Hits);
        Assert.Equal(1, cache.Misses);
    }

    [Fact]
    public void AFindingIsTheSameWithAWarmCacheAColdOneAndNone()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var workbook = Forms.Export(catalog);
        // The steps take 4 days: promising 3 breaks CAT0047 at the 承诺时限 cell.
        SetPromise(workbook, 3);
        var before = Forms.Snapshot(catalog.CatalogDir);
        var cold = Forms.Import(catalog, workbook);
        Assert.True(File.Exists(Path.Combine(catalog.Root, ".catalog-cache", "files.bin")), "the first import fills the cache");
        var warm = Forms.Import(catalog, workbook);
        var none = Forms.Import(catalog, workbook, "--no-cache");
        Assert.Equal(1, cold.ExitCode);
        Assert.Contains(RuleIds.StepLimitsExceedPromise, cold.Out);
        Assert.Equal(cold, warm);
        Assert.Equal(cold, none);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void AnUneditedFileNotInCanonicalFormIsLeftAlone()
    {
        using var catalog = TempCatalog.CopyOfSample();
        const string file = $"implementations/230100/{Office}.yaml";
        catalog.Replace(file, "  days: 5\n", "  days: 5.0   # 2026 年承诺\n");
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        // Export keeps its rows table in the cache folder; what is asserted below is the import's own use of it.
        Directory.Delete(Path.Combine(catalog.Root, ".catalog-cache"), recursive: true);
        var outcome = Forms.Import(catalog, workbook);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Contains("已写入 0 个文件", outcome.Out);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
        // Nothing changed, nothing to check: the cache was not even opened.
        Assert.False(Directory.Exists(Path.Combine(catalog.Root, ".catalog-cache")));
    }

    private static void SetPromise(string workbook, int days) => Forms.Edit(workbook, wb =>
    {
        var sheet = wb.Worksheet("事项目录");
        Forms.Row(sheet, Office).Cell(Forms.Column(sheet, "承诺时限")).Value = days;
    });
}
