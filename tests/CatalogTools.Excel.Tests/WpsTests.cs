using System.IO.Compression;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>
/// A workbook with the traits of a WPS 表格 save imports like our own. The workbook IMITATES a WPS
/// save (see <see cref="WpsLike"/>); it is not one: WPS does not run here.
/// </summary>
public sealed class WpsTests
{
    private const string Office = "XK00301001-230100-11230100003804469P";

    [Fact]
    public void AWorkbookWithWpsTraitsImportsExactlyItsEdits()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        Forms.Edit(workbook, wb =>
        {
            var sheet = wb.Worksheet("事项目录");
            Forms.Row(sheet, Office).Cell(Forms.Column(sheet, "承诺时限")).Value = 4;
        });
        WpsLike.Resave(workbook, new WpsLike.DateCell("事项目录", Office, "停用日期", new DateOnly(2026, 12, 31)));
        AssertLooksLikeWps(workbook);

        var outcome = Forms.Import(catalog, workbook);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Equal(
            $"""
            *** implementations/230100/{Office}.yaml
            -  days: 5
            +  days: 4
            +retiredOn: "2026-12-31"
            """, Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void AnUneditedWorkbookWithWpsTraitsChangesNothing()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var workbook = Forms.Export(catalog);
        WpsLike.Resave(workbook);
        var outcome = Forms.Import(catalog, workbook);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Contains("已写入 0 个文件", outcome.Out);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    private static void AssertLooksLikeWps(string workbook)
    {
        using var zip = ZipFile.OpenRead(workbook);
        string Read(Func<string, bool> name) => new StreamReader(zip.Entries.First(e => name(e.FullName)).Open()).ReadToEnd();
        Assert.Contains("WPS 表格", Read(n => n == "docProps/app.xml"));
        Assert.Contains("KSOProductBuildVer", Read(n => n.StartsWith("docProps/custom", StringComparison.Ordinal)));
        Assert.Contains("http://www.wps.cn/officeDocument/2020/cellImage", Read(n => n == "xl/_rels/workbook.xml.rels"));
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && new StreamReader(e.Open()).ReadToEnd().Contains("<etc:cellImages", StringComparison.Ordinal));
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        Assert.All(sheets, e => Assert.DoesNotContain("inlineStr", new StreamReader(e.Open()).ReadToEnd()));
    }
}
