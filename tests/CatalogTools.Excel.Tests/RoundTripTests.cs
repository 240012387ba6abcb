using ClosedXML.Excel;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Excel.Tests;

public sealed class RoundTripTests
{
    [Fact]
    public void ExportThenImportWithoutEditLeavesTheSampleByteIdentical()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        var outcome = Forms.Import(catalog, workbook);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Contains("工作簿中 275 个事项，已写入 0 个文件", outcome.Out);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
        // The 一件事 went through the workbook too: its file is among those left byte-identical.
        using var wb = new XLWorkbook(workbook);
        Assert.Equal("YJS230123001", wb.Worksheet("一件事").Cell(2, 1).GetString());
        Assert.Contains("service-bundles/YJS230123001.yaml", before.Keys);
    }

    [Fact]
    public void EveryBundleFileRendersFromTheWorkbookAloneExactlyAsItIs()
    {
        // Stronger than "nothing written": each bundle's tree built from its rows alone (no file to
        // graft onto) renders to the file's bytes, so the round trip holds without the file's help.
        using var catalog = TempCatalog.CopyOfSample();
        var bundle = catalog.Read("service-bundles/YJS230123001.yaml");
        var workbook = Forms.Export(catalog);
        File.Delete(catalog.PathOf("service-bundles/YJS230123001.yaml"));
        var outcome = Forms.Import(catalog, workbook);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Contains("新增 service-bundles/YJS230123001.yaml [YJS230123001]", outcome.Out);
        Assert.Equal(bundle, catalog.Read("service-bundles/YJS230123001.yaml"));
    }

    [Fact]
    public void WorkbookHasTheFormsSheetsHeadersAndHiddenKeys()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var workbook = Forms.Export(catalog);
        using var wb = new XLWorkbook(workbook);
        Assert.Equal(["事项目录", "办事指南", "申请材料", "办理环节", "收费", "一件事", "一件事成员", "一件事材料", "填表说明", "_导入信息"], wb.Worksheets.Select(w => w.Name).ToArray());
        var items = wb.Worksheet("事项目录");
        Assert.Equal("事项编码", items.Cell(1, 1).GetString());
        Assert.Equal(1, items.SheetView.SplitRow);
        Assert.Equal(275, items.RowsUsed().Count() - 1);
        Assert.Equal(36, items.Column(1).Width, 1);
        // Every vocabulary column has a drop-down.
        var validated = items.DataValidations.SelectMany(v => v.Ranges).Select(r => r.FirstCell().Address.ColumnNumber).ToHashSet();
        Assert.Contains(Forms.Column(items, "事项类型"), validated);
        Assert.Contains(Forms.Column(items, "网上办理深度"), validated);
        Assert.Contains(Forms.Column(items, "承诺时限单位"), validated);
        Assert.Contains(Forms.Column(wb.Worksheet("申请材料"), "是否必要"), validated.Count > 0 ? wb.Worksheet("申请材料").DataValidations.SelectMany(v => v.Ranges).Select(r => r.FirstCell().Address.ColumnNumber) : []);
        // Code columns look read-only (grey).
        Assert.NotEqual(items.Cell(2, 1).Style.Fill.BackgroundColor, items.Cell(2, Forms.Column(items, "事项名称")).Style.Fill.BackgroundColor);
        var meta = wb.Worksheet("_导入信息");
        Assert.Equal(XLWorksheetVisibility.Hidden, meta.Visibility);
        Assert.Equal("catalog-forms/1", meta.Cell(1, 2).GetString());
        Assert.Equal("unknown", meta.Cell(2, 2).GetString()); // the temp catalog is not in a git repository
        Assert.Equal("standards/CJ00101001.yaml", meta.Cell(6, 2).GetString());
    }

    [Fact]
    public void RegionAndStandardFiltersChooseTheRows()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var outcome = CliRun.Run("export", Path.Combine(catalog.Root, "r.xlsx"), "--catalog", catalog.CatalogDir, "--region", "230100");
        Assert.Equal(0, outcome.ExitCode);
        using var wb = new XLWorkbook(Path.Combine(catalog.Root, "r.xlsx"));
        var regions = wb.Worksheet("事项目录").RowsUsed().Skip(1).Select(r => r.Cell(Forms.Column(wb.Worksheet("事项目录"), "区划代码")).GetString()).ToList();
        Assert.NotEmpty(regions);
        Assert.All(regions, r => Assert.StartsWith("2301", r));

        var standard = Forms.Export(catalog, "--standard", "CJ00101001");
        using var wb2 = new XLWorkbook(standard);
        var codes = wb2.Worksheet("事项目录").RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()).ToList();
        Assert.Equal("CJ00101001", codes[0]);
        Assert.All(codes.Skip(1), c => Assert.StartsWith("CJ00101001-", c));
        // A filtered workbook imports back without touching anything.
        var before = Forms.Snapshot(catalog.CatalogDir);
        Assert.Equal(0, Forms.Import(catalog, standard).ExitCode);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void TheWorkbookRecordsTheGitHeadOfTheCatalogAndUnknownOutsideGit()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var output = Path.Combine(catalog.Root, "forms.xlsx");
        var outside = CliRun.Run("export", "--catalog", catalog.CatalogDir, "-o", output, "--lang", "en");
        Assert.Contains("(revision unknown)", outside.Out + outside.Error);
        Git(catalog.Root, "init", "-q");
        Git(catalog.Root, "add", "-A");
        Git(catalog.Root, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "sample");
        var head = Git(catalog.Root, "rev-parse", "HEAD").Trim();
        var exported = CliRun.Run("export", "--catalog", catalog.CatalogDir, "-o", output, "--lang", "en");
        Assert.Contains($"(revision {head})", exported.Out + exported.Error);
    }

    private static string Git(string folder, params string[] args)
    {
        var run = ProcessRun.Run("git", args, folder);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Out;
    }
}
