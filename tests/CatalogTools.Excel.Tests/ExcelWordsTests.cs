using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>
/// Import speaks Excel: each problem once, at the cell the person changed, with the column title and
/// what to write — never a YAML path, a schema file or an editor hint; a structural problem is one
/// error that stops the checks depending on it.
/// </summary>
public sealed class ExcelWordsTests
{
    private const string Implementation = "XK00301001-230100-11230100003804469P";

    [Fact]
    public void ARenamedHeaderOfTheItemSheetIsExactlyOneErrorNamingIt()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var workbook = Forms.Export(catalog);
        var column = 0;
        Forms.Edit(workbook, wb =>
        {
            var items = wb.Worksheet("事项目录");
            column = Forms.Column(items, "承诺时限");
            items.Cell(1, column).Value = "承诺期限";
        });
        var outcome = Forms.Import(catalog, workbook, "--dry-run");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(1, Errors(outcome.Out));
        Assert.Contains($"事项目录!{Letter(column)}1  错误 CAT0170 工作表『事项目录』的表头『承诺期限』无法识别，且缺少列『承诺时限』", outcome.Out);
        Assert.Contains("把表头『承诺期限』改回『承诺时限』", outcome.Out);
    }

    [Fact]
    public void ARenamedHeaderOfAListSheetDeletesNothingAndIsOneError()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb =>
        {
            var materials = wb.Worksheet("申请材料");
            materials.Cell(1, Forms.Column(materials, "材料名称")).Value = "材料";
        });
        var outcome = Forms.Import(catalog, workbook, "--dry-run");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(1, Errors(outcome.Out));
        Assert.Contains("CAT0170", outcome.Out);
        Assert.DoesNotContain("CAT0167", outcome.Out); // no item's materials read as deleted
    }

    [Fact]
    public void AWrongNumberAndAWrongDropDownValueAreBothFoundInOneRun()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var workbook = Forms.Export(catalog);
        int copiesRow = 0, formRow = 0, copies = 0, form = 0;
        Forms.Edit(workbook, wb =>
        {
            var materials = wb.Worksheet("申请材料");
            copies = Forms.Column(materials, "份数");
            form = Forms.Column(materials, "材料形式");
            var row = Forms.Row(materials, "CJ00101001", "材料名称", "权属证据材料");
            row.Cell(copies).Value = "两份";
            copiesRow = row.RowNumber();
            var other = Forms.Row(materials, "CJ00101001", "材料名称", "林木林地权属争议处理申请书");
            other.Cell(form).Value = "扫描件";
            formRow = other.RowNumber();
        });
        var outcome = Forms.Import(catalog, workbook, "--dry-run");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"申请材料!{Letter(copies)}{copiesRow}  错误 CAT0159 [CJ00101001] 『份数』的内容『两份』不是整数", outcome.Out);
        Assert.Contains($"申请材料!{Letter(form)}{formRow}  错误 CAT0159 [CJ00101001] 『材料形式』的内容『扫描件』不是下拉列表中的一项（原件、复印件、电子）", outcome.Out);
        Assert.Equal(2, Errors(outcome.Out));
    }

    [Fact]
    public void ARuleFindingPointsAtTheEditedCellNotTheCodeCell()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var workbook = Forms.Export(catalog);
        int row = 0, column = 0;
        Forms.Edit(workbook, wb =>
        {
            var items = wb.Worksheet("事项目录");
            column = Forms.Column(items, "承诺时限");
            var item = Forms.Row(items, Implementation);
            item.Cell(column).Value = 999;
            row = item.RowNumber();
        });
        var outcome = Forms.Import(catalog, workbook, "--dry-run");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"事项目录!{Letter(column)}{row}  错误", outcome.Out);
        Assert.DoesNotContain($"事项目录!A{row}  错误", outcome.Out);
    }

    [Fact]
    public void ASchemaProblemReadsInExcelWords()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var workbook = Forms.Export(catalog);
        int row = 0, column = 0;
        Forms.Edit(workbook, wb =>
        {
            var materials = wb.Worksheet("申请材料");
            column = Forms.Column(materials, "材料名称");
            var material = Forms.Row(materials, "CJ00101001", "材料名称", "权属证据材料");
            material.Cell(column).Value = "";
            row = material.RowNumber();
        });
        var outcome = Forms.Import(catalog, workbook, "--dry-run");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"申请材料!{Letter(column)}{row}  错误 CAT0171 [CJ00101001] 『材料名称』的内容『』不符合要求：缺少必填字段『材料名称』", outcome.Out);
        foreach (var word in new[] { "schema.json", "VS Code", "materials", "name'", "『name』", "CAT0004" }) Assert.DoesNotContain(word, outcome.Out);
        var english = Forms.Import(catalog, workbook, "--dry-run", "--lang", "en");
        Assert.Contains("material name (材料名称)", english.Out);
        Assert.DoesNotContain("schema", english.Out);
    }

    [Fact]
    public void AStandardEditNamesTheImplementationsItBreaksByCodeAndName()
    {
        // 宾县 keeps its own copy of QR00101001's materials; renaming the standard's material makes that copy diverge.
        using var catalog = TempCatalog.CopyOfSample();
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb =>
        {
            var materials = wb.Worksheet("申请材料");
            var row = Forms.Row(materials, "QR00101001", "材料名称", "居民户口簿");
            row.Cell(Forms.Column(materials, "材料名称")).Value = "居民户口簿（首页及本人页）";
        });
        var outcome = Forms.Import(catalog, workbook, "--dry-run");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("QR00101001-230125-11230125052399340C（", outcome.Out);
        Assert.DoesNotContain("implementations/230125", outcome.Out);
    }

    /// <summary>Lines of the text report that are errors.</summary>
    private static int Errors(string output) => output.Split('\n').Count(l => l.Contains("  错误 CAT", StringComparison.Ordinal));

    private static string Letter(int column) => CatalogTools.Excel.Export.RowStreamer.ColumnName(column - 1);
}
