using CatalogTools.Core.Diagnostics;
using CatalogTools.Excel.Import;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>
/// Workbooks built to exhaust a reader are refused with CAT0165 within the test's own limits
/// (a timeout, a 1.5 GB heap cap, peak resident memory below 1 GB), and each bound of
/// <see cref="WorkbookLimits"/> stops reading where it is crossed.
/// </summary>
public sealed class WorkbookBombTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private const long HeapCap = 1536L * 1024 * 1024;
    private const long PeakLimit = 1024L * 1024 * 1024;

    private static BoundedOutcome Import(TempCatalog catalog, string workbook)
    {
        var run = BoundedCliProcess.Run(Timeout, HeapCap, "import", workbook, "--catalog", catalog.CatalogDir);
        Assert.False(run.TimedOut, run.ToString());
        Assert.False(run.Crashed, run.ToString());
        Assert.True(run.PeakBytes < PeakLimit, run.ToString());
        return run;
    }

    [Fact]
    public void MillionsOfSmallSharedStringsStopAtTheCountLimit()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Forms.Snapshot(catalog.CatalogDir);
        var path = Path.Combine(catalog.Root, "strings.xlsx");
        RawXlsx.Write(path, w => w.Write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), w =>
        {
            for (var i = 0; i <= WorkbookLimits.Default.MaxSharedStrings; i++) w.Write("<si><t>字</t></si>");
        });
        var run = Import(catalog, path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("错误 CAT0165 工作簿超出读取限制，未导入：共享字符串超过 2,000,000 个", run.Out);
        Assert.Equal("", Forms.Diff(before, Forms.Snapshot(catalog.CatalogDir)));
    }

    [Fact]
    public void SharedStringsThatInflateBeyondTheLengthLimitStopThere()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var path = Path.Combine(catalog.Root, "long.xlsx");
        var chunk = new string('a', 1_000_000);
        RawXlsx.Write(path, w => w.Write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), w =>
        {
            for (var s = 0; s < 11; s++)
            {
                w.Write("<si><t>");
                for (var i = 0; i < 10; i++) w.Write(chunk);
                w.Write("</t></si>");
            }
        });
        Assert.True(new FileInfo(path).Length < 5_000_000, "the package is small; only inflating makes it large");
        var run = Import(catalog, path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("CAT0165", run.Out);
        Assert.Contains("共享字符串总长超过 100,000,000 个字符", run.Out);
    }

    private static string Build(Action<TextWriter> sheet, Action<TextWriter>? strings = null)
    {
        var path = Path.Combine(Path.GetTempPath(), "bomb-" + Guid.NewGuid().ToString("N")[..8] + ".xlsx");
        RawXlsx.Write(path, sheet, strings);
        return path;
    }

    private static WorkbookLimitException Refused(string path, WorkbookLimits limits)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Assert.Throws<WorkbookLimitException>(() => WorkbookReader.Read(stream, limits));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static readonly WorkbookLimits Small = WorkbookLimits.Default;

    [Fact]
    public void PackageAndPartSizesAreCheckedBeforeInflating()
    {
        var rows = Build(w => { for (var i = 1; i <= 100; i++) w.Write($"<row r=\"{i}\"><c r=\"A{i}\" t=\"inlineStr\"><is><t>第 {i} 行</t></is></c></row>"); });
        var bytes = new FileInfo(rows).Length;
        var package = Refused(rows, Small with { MaxPackageBytes = bytes - 1 });
        Assert.Contains("超过上限", package.Detail.In(Lang.Zh));
        Assert.Null(package.Sheet);

        var part = Build(w => { for (var i = 1; i <= 100; i++) w.Write($"<row r=\"{i}\"><c r=\"A{i}\" t=\"inlineStr\"><is><t>第 {i} 行</t></is></c></row>"); });
        var tooLarge = Refused(part, Small with { MaxPartBytes = 2_000 });
        Assert.Contains("xl/worksheets/sheet1.xml", tooLarge.Detail.In(Lang.Zh));
    }

    [Fact]
    public void RowsColumnsCellsAndCellLengthStopWhereTheyAreCrossed()
    {
        var rows = Refused(Build(w => { for (var i = 1; i <= 4; i++) w.Write($"<row r=\"{i}\"><c r=\"A{i}\"><v>{i}</v></c></row>"); }), Small with { MaxRows = 3 });
        Assert.Equal(("事项目录", 4), (rows.Sheet, rows.Row));

        var columns = Refused(Build(w => w.Write("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"XFE1\"><v>2</v></c></row>")), Small);
        Assert.Equal(("事项目录", 1, 16_384), (columns.Sheet, columns.Row, columns.Column));
        Assert.Contains("16,384", columns.Detail.In(Lang.Zh));

        var cells = Refused(Build(w => w.Write("<row r=\"1\">" + string.Concat(Enumerable.Range(0, 6).Select(i => $"<c><v>{i}</v></c>")) + "</row>")), Small with { MaxCells = 5 });
        Assert.Equal((1, 5), (cells.Row, cells.Column));

        var text = Refused(Build(w => w.Write("<row r=\"2\"><c r=\"C2\" t=\"s\"><v>0</v></c></row>"), w => w.Write("<si><t>" + new string('长', 11) + "</t></si>")), Small with { MaxCellChars = 10 });
        Assert.Equal((2, 2), (text.Row, text.Column));
    }
}
