using ClosedXML.Excel;
using CatalogTools.Core.Loading;
using CatalogTools.Excel.Export;
using CatalogTools.Excel.Import;
using CatalogTools.Excel.Layout;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>
/// 一件事 in the forms (issue 15 point 2): the sample bundle on 一件事, 一件事成员 and 一件事材料; edits
/// and new bundles written to service-bundles/; one planted defect per test, each a cell diagnostic
/// with nothing written.
/// </summary>
public sealed class BundleSheetTests
{
    private const string Bundle = "YJS230123001";
    private const string BundleFile = "service-bundles/YJS230123001.yaml";
    private const string Birth = "QR00102001-230123-1123012309123934XA";
    private const string Insurance = "GG00501001-230123-11230123004381285X";
    private const string Card = "GG00301001-230123-112301230079031306";

    [Fact]
    public void TheSampleBundleIsOnItsThreeSheetsWithEveryMemberNamed()
    {
        using var catalog = TempCatalog.CopyOfSample();
        using var wb = new XLWorkbook(Forms.Export(catalog));
        var bundles = wb.Worksheet("一件事");
        var row = Forms.Row(bundles, Bundle);
        foreach (var (header, value) in new[] { ("一件事名称", "新生儿出生“一件事”"), ("区划代码", "230123"), ("牵头部门代码", "1123012309123934XA"), ("状态", "在用"),
                     ("承诺时限", "0"), ("承诺时限单位", "工作日"), ("到现场次数", "0"), ("咨询电话", "0451-54300843"), ("咨询邮箱", "ylgajzwfw@harbin.gov.cn") })
        {
            Assert.Equal(value, row.Cell(Forms.Column(bundles, header)).GetString());
        }
        Assert.Equal(2, bundles.RowsUsed().Count());

        var members = wb.Worksheet("一件事成员");
        Assert.Equal([Birth, Insurance, Card], members.RowsUsed().Skip(1).Select(r => r.Cell(Forms.Column(members, "成员事项编码")).GetString()));
        var birth = Forms.Row(members, Bundle, "成员事项编码", Birth);
        Assert.Equal("出生登记", birth.Cell(Forms.Column(members, "事项名称（只读）")).GetString()); // the member inherits its standard's name
        Assert.Equal("依兰县公安局", birth.Cell(Forms.Column(members, "实施主体名称（只读）")).GetString());

        var materials = wb.Worksheet("一件事材料");
        Assert.Equal(6, materials.RowsUsed().Count());
        var form = Forms.Row(materials, Bundle, "材料名称", "新生儿出生“一件事”联办申请表");
        Assert.Equal("是", form.Cell(Forms.Column(materials, "需签字")).GetString());
        Assert.Equal("新生儿出生一件事联办申请表.docx", form.Cell(Forms.Column(materials, "空白表格")).GetString());
        Assert.Equal("DZZZ-0002", Forms.Row(materials, Bundle, "材料名称", "居民户口簿").Cell(Forms.Column(materials, "电子证照编码")).GetString());
        Assert.Equal("新生儿出生“一件事”", form.Cell(Forms.Column(materials, "一件事名称（只读）")).GetString());

        var meta = wb.Worksheet("_导入信息");
        Assert.Contains(meta.RowsUsed(), r => r.Cell(1).GetString() == Bundle && r.Cell(2).GetString() == BundleFile);
    }

    [Fact]
    public void TheBundleSheetIsProtectedLikeTheItemSheetAndItsCodeIsLocked()
    {
        using var catalog = TempCatalog.CopyOfSample();
        using var wb = new XLWorkbook(Forms.Export(catalog));
        var bundles = wb.Worksheet("一件事");
        Assert.True(bundles.IsProtected); // a bundle is retired with 状态, never deleted
        var row = Forms.Row(bundles, Bundle);
        Assert.True(row.Cell(Forms.Column(bundles, "一件事编码")).Style.Protection.Locked);
        Assert.False(row.Cell(Forms.Column(bundles, "牵头部门代码")).Style.Protection.Locked); // not part of the code: offices may change it
        Assert.False(row.Cell(Forms.Column(bundles, "承诺时限")).Style.Protection.Locked);
        Assert.False(wb.Worksheet("一件事成员").IsProtected); // a member is removed by deleting its row
        Assert.Contains(WorkbookLayout.BundleMembersSheet, wb.Worksheet("填表说明").RowsUsed().Select(r => r.Cell(1).GetString()));
    }

    [Fact]
    public void EditingTheBundleSheetsChangesOnlyThoseLinesOfTheBundleFile()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb =>
        {
            var bundles = wb.Worksheet("一件事");
            Forms.Row(bundles, Bundle).Cell(Forms.Column(bundles, "咨询电话")).Value = "0451-54300844";
            Forms.Row(wb.Worksheet("一件事成员"), Bundle, "成员事项编码", Card).Delete();
        });
        var dry = Forms.Import(catalog, workbook, "--dry-run");
        Assert.True(dry.ExitCode == 0, dry.Out + dry.Error);
        Assert.Contains($"修改 {BundleFile} [{Bundle}]", dry.Out);
        Assert.Contains($"成员事项：删除『{Card}』", dry.Out);
        var outcome = Forms.Import(catalog, workbook);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Equal(
            $"""
            *** {BundleFile}
            -  - {Card}
            -  phone: 0451-54300843
            +  phone: 0451-54300844
            """, Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void ANewBundleTypedIntoTheSheetsBecomesAFileInTheSampleLayout()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb =>
        {
            var bundles = wb.Worksheet("一件事");
            var row = bundles.LastRowUsed()!.RowNumber() + 1;
            foreach (var (header, value) in new[] { ("一件事编码", "YJS230123002"), ("一件事名称", "新生儿医保参保“一件事”"), ("区划代码", "230123"), ("状态", "在用"),
                         ("承诺时限", "0"), ("承诺时限单位", "工作日"), ("到现场次数", "0"), ("咨询电话", "0451-54300843") })
            {
                bundles.Cell(row, Forms.Column(bundles, header)).Value = value;
            }
            var members = wb.Worksheet("一件事成员");
            foreach (var member in new[] { Birth, Insurance })
            {
                var next = members.LastRowUsed()!.RowNumber() + 1;
                members.Cell(next, 1).Value = "YJS230123002";
                members.Cell(next, Forms.Column(members, "成员事项编码")).Value = member;
            }
            var materials = wb.Worksheet("一件事材料");
            var m = materials.LastRowUsed()!.RowNumber() + 1;
            materials.Cell(m, 1).Value = "YJS230123002";
            materials.Cell(m, Forms.Column(materials, "材料名称")).Value = "出生医学证明";
            materials.Cell(m, Forms.Column(materials, "材料形式")).Value = "原件";
            materials.Cell(m, Forms.Column(materials, "份数")).Value = 1;
            materials.Cell(m, Forms.Column(materials, "是否必要")).Value = "是";
        });
        var outcome = Forms.Import(catalog, workbook);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Contains("新增 service-bundles/YJS230123002.yaml [YJS230123002]", outcome.Out);
        Assert.Equal(
            $"""
            # yaml-language-server: $schema=../../schemas/service-bundle.schema.json
            code: YJS230123002
            name: 新生儿医保参保“一件事”
            region: "230123"
            status: 在用
            members:
              - {Birth}
              - {Insurance}
            promisedLimit:
              days: 0
              unit: 工作日
            visits: 0
            consultation:
              phone: 0451-54300843
            materials:
              - name: 出生医学证明
                form: 原件
                copies: 1
                required: true

            """, catalog.Read("service-bundles/YJS230123002.yaml"));
        Assert.Equal(0, CliRun.Run("check", "--catalog", catalog.CatalogDir).ExitCode);
    }

    [Fact]
    public void AMistypedMemberCodeIsACellErrorThatSuggestsTheCode()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var (outcome, row, column, _) = ImportWithCell(catalog, "一件事成员", Insurance, "成员事项编码", "GG00501001-230123-11230123004381285Y", header: "成员事项编码");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"一件事成员!{column}{row}  错误 CAT0172 [{Bundle}] 一件事『新生儿出生“一件事”』的成员『GG00501001-230123-11230123004381285Y』在目录和工作簿中都没有对应的实施清单事项", outcome.Out);
        Assert.Contains($"是否想写『{Insurance}』？", outcome.Out);
        Assert.Equal(1, Errors(outcome.Out));
    }

    [Fact]
    public void AStandardItemCodeAsAMemberIsACellError()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var (outcome, row, column, workbook) = ImportWithCell(catalog, "一件事成员", Insurance, "成员事项编码", "QR00102001", header: "成员事项编码");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"一件事成员!{column}{row}  错误 CAT0172 [{Bundle}] 一件事『新生儿出生“一件事”』的成员『QR00102001』是标准事项的基本编码，不是实施清单事项的实施编码", outcome.Out);
        Assert.Equal(1, Errors(outcome.Out));
        var english = Forms.Import(catalog, workbook, "--dry-run", "--lang", "en");
        Assert.Contains("CAT0172 [YJS230123001] member 'QR00102001' of bundle '新生儿出生“一件事”' is the code of a standard item, not of an implementation", english.Out);
    }

    [Fact]
    public void AnEmptyBundleNameIsACellErrorAtTheNameCell()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var (outcome, row, column, _) = ImportWithCell(catalog, "一件事", Bundle, "一件事名称", "", header: "一件事编码");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"一件事!{column}{row}  错误 CAT0171 [{Bundle}] 『一件事名称』的内容『』不符合要求：缺少必填字段『一件事名称』", outcome.Out);
        foreach (var word in new[] { "schema.json", "『name』", "CAT0004" }) Assert.DoesNotContain(word, outcome.Out);
    }

    [Fact]
    public void AMalformedLimitIsACellError()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var (outcome, row, column, _) = ImportWithCell(catalog, "一件事", Bundle, "承诺时限", "三个工作日", header: "一件事编码");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"一件事!{column}{row}  错误 CAT0159 [{Bundle}] 『承诺时限』的内容『三个工作日』不是整数", outcome.Out);
        Assert.Equal(1, Errors(outcome.Out));
    }

    [Fact]
    public void ALimitLongerThanTheMembersIsCheckedAtItsCell()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var (outcome, row, column, _) = ImportWithCell(catalog, "一件事", Bundle, "承诺时限", "30", header: "一件事编码");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"一件事!{column}{row}  错误 CAT0076 [{Bundle}]", outcome.Out); // check's rule, through the import's in-memory check
    }

    [Fact]
    public void RetiringAMemberInTheItemSheetIsRefusedForTheBundleThatKeepsIt()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb =>
        {
            var items = wb.Worksheet("事项目录");
            var card = Forms.Row(items, Card);
            card.Cell(Forms.Column(items, "状态")).Value = "已停用";
            card.Cell(Forms.Column(items, "停用日期")).Value = "2026-11-30";
        });
        var outcome = Forms.Import(catalog, workbook);
        Assert.Equal(1, outcome.ExitCode);
        // The bundle was not edited: it is named by code and name, and check's CAT0075 says why.
        Assert.Contains($"{Bundle}（新生儿出生“一件事”）  错误 CAT0075 [{Bundle}] 一件事『新生儿出生“一件事”』的成员 {Card} 已停用", outcome.Out);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void AMemberRowOfNoBundleIsAnError()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var (outcome, row, _, _) = ImportWithCell(catalog, "一件事成员", Insurance, "一件事编码", "YJS230123009", header: "成员事项编码");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"一件事成员!A{row}  错误 CAT0173 [YJS230123009] 一件事编码『YJS230123009』在『一件事』中没有对应的行", outcome.Out);
    }

    [Fact]
    public void DeletingTheBundleRowIsAnErrorNotADeletion()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb => Forms.Row(wb.Worksheet("一件事"), Bundle).Delete());
        var outcome = Forms.Import(catalog, workbook);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"一件事!A1  错误 CAT0174 [{Bundle}] 导出时的一件事『{Bundle}』在『一件事』中找不到了", outcome.Out);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void RemovingMostOfTheCombinedMaterialsNeedsAllowDeletions()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb =>
        {
            var materials = wb.Worksheet("一件事材料");
            foreach (var name in new[] { "出生医学证明", "居民户口簿", "居民身份证" }) Forms.Row(materials, Bundle, "材料名称", name).Delete();
        });
        var refused = Forms.Import(catalog, workbook);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"一件事!A2  错误 CAT0167 [{Bundle}] 导入将删除事项的申请材料 3/5 项", refused.Out);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));

        var allowed = Forms.Import(catalog, workbook, "--allow-deletions");
        Assert.True(allowed.ExitCode == 0, allowed.Out + allowed.Error);
        Assert.Contains($"提示 CAT0167 [{Bundle}]", allowed.Out);
        Assert.DoesNotContain("出生医学证明", catalog.Read(BundleFile));
    }

    [Fact]
    public void AWorkbookExportedBeforeTheBundleSheetsLeavesTheBundlesAlone()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb =>
        {
            foreach (var sheet in WorkbookLayout.BundleSheets) wb.Worksheet(sheet.Name).Delete();
            Forms.Row(wb.Worksheet("_导入信息"), Bundle).Delete();
        });
        var outcome = Forms.Import(catalog, workbook);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void ADeletedBundleSheetOfAWorkbookExportedWithItIsAnError()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb => wb.Worksheet("一件事材料").Delete());
        var outcome = Forms.Import(catalog, workbook, "--dry-run");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("错误 CAT0153 工作簿缺少工作表『一件事材料』", outcome.Out);
        Assert.DoesNotContain("CAT0167", outcome.Out); // the bundle keeps its materials: never read as deleted
    }

    [Fact]
    public void ASplitExportPutsTheBundleInTheWorkbookOfItsRegionAndEachPartImportsBack()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var exporter = new WorkbookExporter(CatalogLocation.Find(catalog.CatalogDir)!) { RowLimit = 120 };
        var result = exporter.ExportFiles(new ExportRequest(null, []), Path.Combine(catalog.Root, "province.xlsx"));
        Assert.True(result.Parts.Count > 1);
        var holders = result.Parts.Where(p => BundleCodes(p.File).Contains(Bundle)).ToList();
        var holder = Assert.Single(holders);
        Assert.Contains(holder.Regions, r => r == "230100" || r.StartsWith("230123", StringComparison.Ordinal)); // 依兰县 is in 哈尔滨市
        using (var wb = new XLWorkbook(holder.File))
        {
            var items = wb.Worksheet("事项目录");
            Assert.Contains(items.RowsUsed(), r => r.Cell(1).GetString() == Birth); // beside the members it bundles
        }
        foreach (var part in result.Parts)
        {
            var outcome = Forms.Import(catalog, part.File);
            Assert.True(outcome.ExitCode == 0, part.File + "\n" + outcome.Out + outcome.Error);
        }
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void RegionAndStandardFiltersKeepTheBundlesTheyTouch()
    {
        using var catalog = TempCatalog.CopyOfSample();
        Assert.Contains(Bundle, BundleCodes(Forms.Export(catalog, "--region", "230123")));
        Assert.DoesNotContain(Bundle, BundleCodes(Forms.Export(catalog, "--region", "230200")));
        Assert.Contains(Bundle, BundleCodes(Forms.Export(catalog, "--standard", "QR00102001")));
        Assert.DoesNotContain(Bundle, BundleCodes(Forms.Export(catalog, "--standard", "XK00301001")));
    }

    private static List<string> BundleCodes(string workbook)
    {
        using var stream = File.OpenRead(workbook);
        return WorkbookReader.Read(stream).Sheet(WorkbookLayout.BundlesSheet)!.Rows.Skip(1).Select(r => r.Cells[0].Text).ToList();
    }

    /// <summary>
    /// Exports the sample, plants one defect — <paramref name="value"/> in column <paramref name="column"/> of the row of
    /// <paramref name="sheet"/> whose <paramref name="header"/> is <paramref name="key"/> — imports it and checks nothing was written.
    /// </summary>
    private static (CliOutcome Outcome, int Row, string Column, string Workbook) ImportWithCell(TempCatalog catalog, string sheet, string key, string column, string value, string header)
    {
        var workbook = Forms.Export(catalog);
        int row = 0, columnNumber = 0;
        Forms.Edit(workbook, wb =>
        {
            var ws = wb.Worksheet(sheet);
            var target = ws.RowsUsed().First(r => r.Cell(Forms.Column(ws, header)).GetString() == key);
            columnNumber = Forms.Column(ws, column);
            target.Cell(columnNumber).Value = value;
            row = target.RowNumber();
        });
        var before = Forms.Snapshot(catalog.CatalogDir);
        var outcome = Forms.Import(catalog, workbook);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
        return (outcome, row, RowStreamer.ColumnName(columnNumber - 1), workbook);
    }

    private static int Errors(string output) => output.Split('\n').Count(l => l.Contains("  错误 CAT", StringComparison.Ordinal));
}
