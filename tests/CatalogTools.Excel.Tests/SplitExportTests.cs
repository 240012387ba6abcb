using CatalogTools.Core.Loading;
using CatalogTools.Excel.Export;
using CatalogTools.Excel.Import;
using CatalogTools.Excel.Layout;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>
/// An export one workbook cannot hold splits by region into workbooks under the row limit, and
/// each of them imports back. Excel's limit needs 10^6 items; the exporter's row limit is set
/// small here instead, so the sample province (28 standards, 247 implementations) splits.
/// </summary>
public sealed class SplitExportTests
{
    private const int Limit = 120;

    [Fact]
    public void ExportOverTheRowLimitSplitsByRegionAndEveryWorkbookStaysUnderIt()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var whole = Forms.Export(catalog);
        var target = Path.Combine(catalog.Root, "province.xlsx");
        var result = Exporter(catalog).ExportFiles(new ExportRequest(null, []), target);

        Assert.True(result.Parts.Count > 1, "the sample must split at a limit of " + Limit);
        Assert.False(File.Exists(target), "the named workbook is not written when the export splits");
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var regionFile = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in result.Parts)
        {
            Assert.True(File.Exists(part.File), part.File);
            Assert.Equal("province-" + (part.Regions.Count == 1 ? part.Regions[0] : part.Regions[0] + "_" + part.Regions[^1]) + ".xlsx", Path.GetFileName(part.File));
            var workbook = Read(part.File);
            foreach (var sheet in WorkbookLayout.AllDataSheets.Select(s => s.Name).Append(WorkbookLayout.MetaSheet))
            {
                Assert.True(workbook.Sheet(sheet)!.Rows.Count <= Limit, $"{Path.GetFileName(part.File)} {sheet}: {workbook.Sheet(sheet)!.Rows.Count} rows");
            }
            foreach (var (code, region) in Items(workbook))
            {
                Assert.True(seen.TryAdd(code, part.File), $"{code} is in {seen.GetValueOrDefault(code)} and {part.File}");
                // A city (or county) is never spread over two workbooks unless it alone passes the limit.
                var city = WorkbookSplit.CityOf(region);
                if (region.Length > 0 && part.Regions.Contains(city)) Assert.Equal(part.File, regionFile.GetValueOrDefault(city, part.File));
                if (region.Length > 0) regionFile[city] = part.File;
            }
        }
        Assert.Contains(result.Parts, p => p.Regions.Any(r => r.StartsWith("standards", StringComparison.Ordinal)));
        Assert.Equal(Items(Read(whole)).Select(i => i.Code).Order(StringComparer.Ordinal), seen.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(result.Rows, result.Parts.Sum(p => p.Standards + p.Implementations));
    }

    [Fact]
    public void EachWorkbookOfASplitImportsBackUnchangedAndCarriesItsEdits()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var result = Exporter(catalog).ExportFiles(new ExportRequest(null, []), Path.Combine(catalog.Root, "province.xlsx"));
        Assert.True(result.Parts.Count > 1);
        foreach (var part in result.Parts)
        {
            var outcome = Forms.Import(catalog, part.File);
            Assert.True(outcome.ExitCode == 0, part.File + "\n" + outcome.Out + outcome.Error);
            Assert.Contains($"工作簿中 {part.Standards + part.Implementations} 个事项，已写入 0 个文件", outcome.Out);
        }
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));

        const string code = "XK00301001-230100-11230100003804469P";
        var holder = result.Parts.Single(p => Items(Read(p.File)).Any(i => i.Code == code)).File;
        Forms.Edit(holder, wb =>
        {
            var sheet = wb.Worksheet("事项目录");
            Forms.Row(sheet, code).Cell(Forms.Column(sheet, "承诺时限")).Value = 4;
        });
        var edited = Forms.Import(catalog, holder);
        Assert.True(edited.ExitCode == 0, edited.Out + edited.Error);
        Assert.Equal(
            """
            *** implementations/230100/XK00301001-230100-11230100003804469P.yaml
            -  days: 5
            +  days: 4
            """, Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void UnderTheLimitTheExportIsOneWorkbook()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var target = Path.Combine(catalog.Root, "one.xlsx");
        var result = new WorkbookExporter(CatalogLocation.Find(catalog.CatalogDir)!).ExportFiles(new ExportRequest(null, []), target);
        Assert.Empty(result.Parts);
        Assert.True(File.Exists(target));
        Assert.Equal(Directory.GetFiles(catalog.Root, "*.xlsx").Select(Path.GetFileName), ["one.xlsx"]);
    }

    [Fact]
    public void An_export_says_which_workbook_import_would_refuse_and_by_which_limit()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var target = Path.Combine(catalog.Root, "one.xlsx");
        // The sample's 事项目录 part is about 250 KB of XML: a 64 KB part limit stands in for import's 512 MiB.
        var limits = WorkbookLimits.Default with { MaxPartBytes = 64 * 1024 };
        var result = new WorkbookExporter(CatalogLocation.Find(catalog.CatalogDir)!) { ImportLimits = limits }.ExportFiles(new ExportRequest(null, []), target);

        var beyond = Assert.Single(result.BeyondImportLimits);
        Assert.Equal(target, beyond.File);
        Assert.Contains("xl/worksheets/", beyond.Detail.ToString());
        using (var stream = File.OpenRead(target))
        {
            // import says the same of it
            Assert.Throws<WorkbookLimitException>(() => WorkbookReader.Read(stream, limits));
        }
        Assert.Empty(new WorkbookExporter(CatalogLocation.Find(catalog.CatalogDir)!).ExportFiles(new ExportRequest(null, []), target).BeyondImportLimits);
    }

    private static WorkbookExporter Exporter(TempCatalog catalog) => new(CatalogLocation.Find(catalog.CatalogDir)!) { RowLimit = Limit };

    private static RawWorkbook Read(string file)
    {
        using var stream = File.OpenRead(file);
        return WorkbookReader.Read(stream);
    }

    /// <summary>The codes and region cells of a workbook's 事项目录 (a standard item's region is empty).</summary>
    private static List<(string Code, string Region)> Items(RawWorkbook workbook)
    {
        var sheet = workbook.Sheet(WorkbookLayout.ItemsSheet)!;
        var header = sheet.Rows[0].Cells.ToDictionary(c => c.Value.Text, c => c.Key);
        var region = header["区划代码"];
        return sheet.Rows.Skip(1).Select(r => (r.Cells[0].Text, r.Cells.TryGetValue(region, out var c) ? c.Text : "")).ToList();
    }
}
