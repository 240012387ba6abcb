using ClosedXML.Excel;
using CatalogTools.Tests.Shared;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>
/// Import never deletes by accident: a formula without a computed value is an error at its cell;
/// removing more than import.maxDeletedShare of an item's materials or steps needs --allow-deletions
/// and is listed in the dry run; neither check depends on the hidden sheet (_导入信息).
/// </summary>
public sealed class ImportSafetyTests
{
    private const string Item = "CJ00101001";

    /// <summary>Deletes every row of <paramref name="sheet"/> whose first column is <paramref name="code"/> (every data row when null).</summary>
    private static void DeleteRows(IXLWorksheet sheet, string? code)
    {
        var rows = sheet.RowsUsed().Where(r => r.RowNumber() > 1 && (code is null || r.Cell(1).GetString() == code)).Select(r => r.RowNumber()).OrderDescending().ToList();
        foreach (var n in rows) sheet.Row(n).Delete();
    }

    [Fact]
    public void AFormulaWithoutAComputedValueIsAnErrorAtItsCellNotAnEmptyCell()
    {
        using var catalog = TempCatalog.CopyOfSample();
        Forms.InheritStandardMaterials(catalog);
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        int row = 0, column = 0;
        Forms.Edit(workbook, wb =>
        {
            var sheet = wb.Worksheet("申请材料");
            row = Forms.Row(sheet, Item, "材料名称", "权属证据材料").RowNumber();
            column = Forms.Column(sheet, "材料名称");
        });
        // What openpyxl writes for ws["B7"] = '="权属证据材料"': the formula, and no cached value.
        var reference = $"{(char)('A' + column - 1)}{row}";
        using (var document = SpreadsheetDocument.Open(workbook, true))
        {
            var part = document.WorkbookPart!;
            var id = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "申请材料").Id!.Value!;
            var cell = ((WorksheetPart)part.GetPartById(id)).Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
            cell.RemoveAllChildren();
            cell.DataType = null;
            cell.Append(new CellFormula("\"权属证据材料\""));
        }
        var outcome = Forms.Import(catalog, workbook);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"申请材料!{reference}  错误 CAT0166 [{Item}] 工作表『申请材料』的这个单元格是公式，但工作簿中没有它的计算结果", outcome.Out);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void RemovingEveryMaterialOfAnItemNeedsAllowDeletionsAndIsListedInTheDryRun()
    {
        using var catalog = TempCatalog.CopyOfSample();
        Forms.InheritStandardMaterials(catalog);
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        var itemRow = 0;
        Forms.Edit(workbook, wb =>
        {
            DeleteRows(wb.Worksheet("申请材料"), Item);
            itemRow = Forms.Row(wb.Worksheet("事项目录"), Item).RowNumber();
        });

        var refused = Forms.Import(catalog, workbook);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"事项目录!A{itemRow}  错误 CAT0167 [{Item}] 导入将删除事项的申请材料 3/3 项（超过 policy.yaml 中 import.maxDeletedShare 允许的 0.5）", refused.Out);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));

        var dry = Forms.Import(catalog, workbook, "--dry-run", "--allow-deletions");
        Assert.True(dry.ExitCode == 0, dry.Out + dry.Error);
        Assert.Contains($"删除 standards/{Item}.yaml [{Item}] 申请材料 3/3 项：『林木林地权属争议处理申请书』、『居民身份证』、『权属证据材料』", dry.Out);
        Assert.Contains($"提示 CAT0167 [{Item}]", dry.Out);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));

        var allowed = Forms.Import(catalog, workbook, "--allow-deletions");
        Assert.True(allowed.ExitCode == 0, allowed.Out + allowed.Error);
        Assert.DoesNotContain("居民身份证", catalog.Read($"standards/{Item}.yaml"));
    }

    [Fact]
    public void EmptyingASheetWithoutTheHiddenSheetIsStillRefused()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb =>
        {
            DeleteRows(wb.Worksheet("申请材料"), null);
            wb.Worksheet("_导入信息").Delete();
        });
        var outcome = Forms.Import(catalog, workbook, "--dry-run");
        Assert.Equal(1, outcome.ExitCode);
        var refusals = outcome.Out.Split('\n').Count(l => l.Contains("错误 CAT0167", StringComparison.Ordinal));
        Assert.True(refusals >= 20, outcome.Out);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void TheShareComesFromPolicyYaml()
    {
        using var catalog = TempCatalog.CopyOfSample();
        Forms.InheritStandardMaterials(catalog);
        catalog.Write("policy.yaml", catalog.Read("policy.yaml") + "import:\n  maxDeletedShare: 0.2\n");
        Assert.Equal(0, CliRun.Run("check", "policy.yaml", "--catalog", catalog.CatalogDir).ExitCode);
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb => Forms.Row(wb.Worksheet("申请材料"), Item, "材料名称", "权属证据材料").Delete());
        var outcome = Forms.Import(catalog, workbook, "--dry-run");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("导入将删除事项的申请材料 1/3 项（超过 policy.yaml 中 import.maxDeletedShare 允许的 0.2）：『权属证据材料』", outcome.Out);

        catalog.Write("policy.yaml", catalog.Read("policy.yaml").Replace("maxDeletedShare: 0.2", "maxDeletedShare: 2"));
        var invalid = CliRun.Run("check", "policy.yaml", "--catalog", catalog.CatalogDir);
        Assert.Equal(1, invalid.ExitCode);
        Assert.Contains("CAT0004", invalid.Out);
    }

    [Fact]
    public void ADeletedItemRowIsFoundWithoutTheHiddenSheet()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb =>
        {
            foreach (var sheet in new[] { "事项目录", "办事指南", "申请材料", "办理环节", "收费" }) DeleteRows(wb.Worksheet(sheet), Item);
            wb.Worksheet("_导入信息").Delete();
        });
        var outcome = Forms.Import(catalog, workbook, "--dry-run");
        Assert.Contains($"事项目录!A1  警告 CAT0158 [{Item}] 导出时的事项『{Item}』在『事项目录』中找不到了", outcome.Out);
    }
}
