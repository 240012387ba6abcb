using ClosedXML.Excel;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>What offices actually send back: reordered columns, title rows, blanks, stray spaces, numbers and text mixed up, hidden rows and sheets.</summary>
public sealed class MessyWorkbookTests
{
    [Fact]
    public void AMessyButUneditedWorkbookChangesNothing()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        int hiddenRow = 0;
        Forms.Edit(workbook, wb =>
        {
            var sheet = wb.Worksheet("事项目录");
            var lastRow = sheet.LastRowUsed()!.RowNumber();
            // Numbers stored as text (full-width digits), region codes stored as numbers, stray spaces.
            foreach (var header in new[] { "承诺时限", "到现场次数" })
            {
                var c = Forms.Column(sheet, header);
                for (var r = 2; r <= lastRow; r++)
                {
                    var text = sheet.Cell(r, c).GetString();
                    if (text.Length > 0) sheet.Cell(r, c).Value = new string(text.Select(ch => (char)(ch - '0' + '０')).ToArray());
                }
            }
            var region = Forms.Column(sheet, "区划代码");
            var name = Forms.Column(sheet, "事项名称");
            var address = Forms.Column(sheet, "办理地点");
            for (var r = 2; r <= lastRow; r++)
            {
                var code = sheet.Cell(r, region).GetString();
                if (code.Length > 0) sheet.Cell(r, region).Value = double.Parse(code);
                foreach (var c in new[] { name, address })
                {
                    var text = sheet.Cell(r, c).GetString();
                    if (text.Length > 0) sheet.Cell(r, c).Value = " " + text + "\u3000 ";
                }
            }
            sheet.Cell(1, name).Value = " 事项名称\u3000";
            // Columns in another order: the code and kind columns move to the end.
            var width = sheet.LastColumnUsed()!.ColumnNumber();
            sheet.Column(1).CopyTo(sheet.Column(width + 1));
            sheet.Column(2).CopyTo(sheet.Column(width + 2));
            sheet.Column(1).Delete();
            sheet.Column(1).Delete();
            // Blank rows in between, and a merged title and an empty row above the header.
            sheet.Row(40).InsertRowsAbove(2);
            sheet.Row(10).InsertRowsAbove(1);
            sheet.Row(1).InsertRowsAbove(2);
            sheet.Cell(1, 1).Value = "黑龙江省政务服务事项目录（2026 年版）";
            sheet.Range(1, 1, 1, 8).Merge();
            hiddenRow = 8;
            sheet.Row(hiddenRow).Hide();
            wb.Worksheet("收费").Hide();
        });
        var outcome = Forms.Import(catalog, workbook, "--dry-run");
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Contains("将写入 0 个文件", outcome.Out);
        Assert.Contains($"提示 CAT0161 工作表『事项目录』的第 {hiddenRow} 行是隐藏的，已作为数据导入", outcome.Out);
        Assert.Contains("提示 CAT0161 工作表『收费』是隐藏的，已作为数据导入", outcome.Out);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void LineBreaksAndSerialDatesBecomeYamlStrings()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        const string code = "XK00301001-230100-11230100003804469P";
        Forms.Edit(workbook, wb =>
        {
            var sheet = wb.Worksheet("事项目录");
            var row = Forms.Row(sheet, code);
            row.Cell(Forms.Column(sheet, "办理时间")).Value = "工作日 8:30-12:00\r\n13:30-17:00";
            row.Cell(Forms.Column(sheet, "状态")).Value = "已停用";
            row.Cell(Forms.Column(sheet, "停用日期")).Value = 46052; // 2026-01-30 as an Excel serial number
        });
        var outcome = Forms.Import(catalog, workbook);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Equal(
            $"""
            *** implementations/230100/{code}.yaml
            -status: 在用
            +status: 已停用
            -hours: 工作日 8:30-12:00，13:30-17:00（法定节假日除外）
            +hours: "工作日 8:30-12:00\n13:30-17:00"
            +retiredOn: "2026-01-30"
            """, Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Theory]
    [InlineData("30100", true, "030100")] // a region code stored as a number lost its leading zero
    [InlineData("1100000000", true, "001100000000")]
    [InlineData("230125100000", true, "230125100000")]
    [InlineData(" 230100\u3000", false, "230100")]
    [InlineData("２３０１００", false, "230100")] // full-width digits
    public void RegionCodesArePaddedAndFolded(string stored, bool numeric, string expected)
    {
        var column = Layout.WorkbookLayout.Items.Column("区划代码")!;
        Assert.Equal(expected, Import.CellText.Convert(new Import.RawCell(stored, numeric), column, out var problem)!.Value.Value);
        Assert.Null(problem);
    }

    [Fact]
    public void OnlyRegionCodesArePadded()
    {
        var agency = Layout.WorkbookLayout.Items.Column("实施主体代码")!;
        Assert.Equal("12345", Import.CellText.Convert(new Import.RawCell("12345", true), agency, out _)!.Value.Value);
        // An 18-digit credit code stored as a number has lost digits: a diagnostic, never a guess.
        Assert.Null(Import.CellText.Convert(new Import.RawCell("1.12301230696413E+17", true), agency, out var problem));
        Assert.NotNull(problem);
    }

    [Theory]
    [InlineData("5", true, "5")]
    [InlineData(" 5 ", false, "5")]
    [InlineData("５", false, "5")]
    [InlineData("5.0", false, "5")]
    public void NumbersStoredAsTextAreNumbers(string stored, bool numeric, string expected)
    {
        var column = Layout.WorkbookLayout.Items.Column("承诺时限")!;
        var scalar = Import.CellText.Convert(new Import.RawCell(stored, numeric), column, out _)!.Value;
        Assert.Equal(expected, scalar.Value);
        Assert.False(scalar.IsString);
    }

    [Theory]
    [InlineData("46052", true, "2026-01-30")]
    [InlineData("2026/1/30", false, "2026-01-30")]
    [InlineData("2026年1月30日", false, "2026-01-30")]
    public void DatesAreWrittenIsoStyle(string stored, bool numeric, string expected)
    {
        var column = Layout.WorkbookLayout.Items.Column("停用日期")!;
        Assert.Equal(expected, Import.CellText.Convert(new Import.RawCell(stored, numeric), column, out _)!.Value.Value);
    }

    [Theory]
    [InlineData("是", "true")]
    [InlineData("TRUE", "true")]
    [InlineData("√", "true")]
    [InlineData("否 ", "false")]
    [InlineData("FALSE", "false")]
    public void YesNoCellsAreBooleans(string stored, string expected)
    {
        var column = Layout.WorkbookLayout.Materials.Column("是否必要")!;
        Assert.Equal(expected, Import.CellText.Convert(new Import.RawCell(stored, false), column, out _)!.Value.Value);
    }
}
