using System.Text.Json;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>Any error: every problem named with sheet, cell, item and Chinese message; nothing written.</summary>
public sealed class ErrorTests
{
    [Fact]
    public void BadValuesAreReportedAtTheirCellsAndNothingIsWritten()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        int copiesRow = 0, formRow = 0, limitRow = 0;
        Forms.Edit(workbook, wb =>
        {
            var materials = wb.Worksheet("申请材料");
            var row = Forms.Row(materials, "CJ00101001", "材料名称", "权属证据材料");
            row.Cell(Forms.Column(materials, "份数")).Value = "两份";
            copiesRow = row.RowNumber();
            var other = Forms.Row(materials, "CJ00101001", "材料名称", "林木林地权属争议处理申请书");
            other.Cell(Forms.Column(materials, "材料形式")).Value = "扫描件";
            formRow = other.RowNumber();
            // A valid edit in the same workbook must not be written either.
            var items = wb.Worksheet("事项目录");
            var item = Forms.Row(items, "XK00301001-230100-11230100003804469P");
            item.Cell(Forms.Column(items, "承诺时限")).Value = 3;
            limitRow = item.RowNumber();
        });
        var outcome = Forms.Import(catalog, workbook);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"申请材料!E{copiesRow}  错误 CAT0159 [CJ00101001] 『份数』的内容『两份』不是整数", outcome.Out);
        Assert.Contains("有错误，未写入任何文件。", outcome.Out);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));

        // The wrong drop-down value is found in the same run, at its cell.
        Assert.Contains($"申请材料!D{formRow}  错误 CAT0159 [CJ00101001] 『材料形式』的内容『扫描件』", outcome.Out);

        // Fix both: the cell problems are gone (a dry run: check's own rules still decide the rest).
        Forms.Edit(workbook, wb =>
        {
            var materials = wb.Worksheet("申请材料");
            materials.Cell(copiesRow, Forms.Column(materials, "份数")).Value = 2;
            materials.Cell(formRow, Forms.Column(materials, "材料形式")).Value = "原件";
        });
        var json = Forms.Import(catalog, workbook, "--format", "json", "--dry-run");
        using var doc = JsonDocument.Parse(json.Out[..(json.Out.LastIndexOf('}') + 1)]);
        Assert.DoesNotContain("CAT0159", json.Out);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void AStandardEditThatPutsAnUnchangedImplementationInErrorBlocksTheImport()
    {
        // 宾县 keeps its own copy of QR00101001's materials; renaming the standard's material makes that copy diverge.
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb =>
        {
            var materials = wb.Worksheet("申请材料");
            var row = Forms.Row(materials, "QR00101001", "材料名称", "居民户口簿");
            row.Cell(Forms.Column(materials, "材料名称")).Value = "居民户口簿（首页及本人页）";
        });
        var outcome = Forms.Import(catalog, workbook);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("QR00101001-230125-11230125052399340C（居民身份证换领）", outcome.Out); // named by code and name, not by its file
        Assert.Contains("错误 CAT0030 [QR00101001-230125-11230125052399340C]", outcome.Out);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void UnknownColumnRowWithoutCodeDuplicateRowAndUnmatchedCodeAreDiagnostics()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        int last = 0, dupRow = 0;
        Forms.Edit(workbook, wb =>
        {
            var materials = wb.Worksheet("申请材料");
            var lastColumn = materials.LastColumnUsed()!.ColumnNumber() + 1;
            materials.Cell(1, lastColumn).Value = "备注";
            last = materials.LastRowUsed()!.RowNumber();
            materials.Cell(last + 1, Forms.Column(materials, "材料名称")).Value = "无主材料";
            var original = Forms.Row(materials, "CJ00101001", "材料名称", "居民身份证");
            original.CopyTo(materials.Row(last + 2));
            dupRow = original.RowNumber();
            materials.Row(last + 3).Cell(1).Value = "XX99999999";
            materials.Row(last + 3).Cell(Forms.Column(materials, "材料名称")).Value = "某材料";
        });
        var outcome = Forms.Import(catalog, workbook);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("申请材料!P1  错误 CAT0151", outcome.Out);
        Assert.Contains("列『备注』无法识别", outcome.Out);
        Assert.Contains($"申请材料!A{last + 1}  错误 CAT0155", outcome.Out);
        Assert.Contains($"申请材料!C{last + 2}  错误 CAT0156 [CJ00101001] 『居民身份证』重复出现（首次在第 {dupRow} 行）", outcome.Out);
        Assert.Contains($"申请材料!A{last + 3}  错误 CAT0157 [XX99999999]", outcome.Out);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void DeletingAnItemRowIsAnErrorNotADeletion()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb => Forms.Row(wb.Worksheet("事项目录"), "XK00301001-230100-11230100003804469P").Delete());
        var outcome = Forms.Import(catalog, workbook, "--format", "sarif");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("CAT0158", outcome.Out);
        Assert.Contains("XK00301001-230100-11230100003804469P", outcome.Out);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void AnUnreadableFileIsADiagnosticNotACrash()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var path = Path.Combine(catalog.Root, "broken.xlsx");
        File.WriteAllText(path, "this is not a workbook");
        var outcome = Forms.Import(catalog, path);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("CAT0150", outcome.Out);
        Assert.Contains("无法读取工作簿", outcome.Out);
    }
}
