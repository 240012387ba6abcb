using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CatalogTools.Tests.Shared;
using DocumentFormat.OpenXml.Packaging;
using Xunit;

namespace CatalogTools.Reports.Tests;

/// <summary>
/// The xlsx report of the sample catalog: pass/fail colours, targets with ≥ / ≤, a native chart per
/// figure, print setup; and its PDF rendered by LibreOffice (libreoffice-calc) read with poppler-utils
/// (pdfinfo, pdftotext): every page A4 landscape, and no sheet's columns split over two pages.
/// </summary>
public sealed class XlsxPrintTests
{
    private static string WriteReport(string dir)
    {
        var path = Path.Combine(dir, "report.xlsx");
        var outcome = CliRun.Run("report", "--catalog", ReportFixture.SmallCatalog, "--format", "xlsx", "-o", path, "--no-trend");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        return path;
    }

    [Fact]
    public void Figures_are_coloured_targets_keep_their_direction_and_every_figure_has_a_chart()
    {
        using var temp = TempCatalog.Empty();
        var path = WriteReport(temp.Root);
        using (var book = new XLWorkbook(path))
        {
            var summary = book.Worksheet("概要");
            // Row 6: natural-person compression 71.67 % missed (fixture); row 8: 即办件 met.
            Assert.Equal("未达标", summary.Cell(6, 4).GetString());
            Assert.Equal(XLColor.FromHtml("#FFCDD2"), summary.Cell(6, 4).Style.Fill.BackgroundColor);
            Assert.Equal("达标", summary.Cell(8, 4).GetString());
            Assert.Equal(XLColor.FromHtml("#C8E6C9"), summary.Cell(8, 4).Style.Fill.BackgroundColor);
            Assert.Equal(0.75, summary.Cell(6, 3).GetDouble(), 9);
            Assert.Equal("\"≥ \"0.00%", summary.Cell(6, 3).Style.NumberFormat.Format);
            Assert.Equal("\"≤ \"0.000", summary.Cell(9, 3).Style.NumberFormat.Format); // average visits
            foreach (var sheet in book.Worksheets)
            {
                Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
                Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
                Assert.Equal(1, sheet.PageSetup.PagesWide);
                Assert.Equal(0, sheet.PageSetup.PagesTall);
            }
            Assert.Equal(1, book.Worksheet("各区划指标").PageSetup.FirstRowToRepeatAtTop);
            Assert.Equal(5, book.Worksheet("概要").PageSetup.FirstRowToRepeatAtTop);
        }
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var charts = document.WorkbookPart!.WorksheetParts.Where(p => p.DrawingsPart is not null).SelectMany(p => p.DrawingsPart!.ChartParts).ToList();
        Assert.Equal(20, charts.Count);
        var xml = charts.Select(c => c.ChartSpace.OuterXml).ToList();
        Assert.All(xml, x => Assert.Contains("<c:barChart>", x));
        // 即办件: the province and 哈尔滨市 met (green), 齐齐哈尔市 and 宾县… each bar coloured by its region's result.
        Assert.Contains(xml, x => x.Contains("即办件占比") && x.Contains("C62828") && x.Contains("2E7D32"));
    }

    [Fact]
    public async Task LibreOffice_prints_every_page_A4_landscape_with_no_column_on_a_second_page()
    {
        using var temp = TempCatalog.Empty();
        var xlsx = WriteReport(temp.Root);
        var pdf = await ConvertToPdf(xlsx, temp.Root);

        var info = Run("pdfinfo", "-f", "1", "-l", "1000", pdf);
        var pages = int.Parse(Regex.Match(info, @"^Pages:\s+(\d+)", RegexOptions.Multiline).Groups[1].Value, CultureInfo.InvariantCulture);
        var sizes = Regex.Matches(info, @"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline).ToList();
        Assert.Equal(pages, sizes.Count);
        foreach (Match size in sizes)
        {
            var width = double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture);
            var height = double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture);
            Assert.InRange(width, 841, 843); // A4 landscape: 297 × 210 mm
            Assert.InRange(height, 594, 596);
        }

        // Each page's header names its sheet. The header row repeats on every page, so a page of a
        // sheet whose columns split would hold only some of the header's titles: every page of a
        // sheet with a header row must show its first and its last column title.
        var sheets = new Dictionary<string, (string First, string Last)>
        {
            ["概要"] = ("指标", "说明"),
            ["各区划指标"] = ("编码", "同一标准率"),
            ["即办件占比"] = ("编码", "数值"),
            ["同一标准率（与标准无差异的实施清单）"] = ("编码", "数值"),
        };
        var seen = new HashSet<string>();
        for (var p = 1; p <= pages; p++)
        {
            var text = Run("pdftotext", "-f", p.ToString(CultureInfo.InvariantCulture), "-l", p.ToString(CultureInfo.InvariantCulture), "-layout", pdf, "-");
            var sheet = text.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);
            seen.Add(sheet);
            if (!sheets.TryGetValue(sheet, out var header)) continue;
            var flat = Regex.Replace(text, @"\s+", "");
            Assert.True(flat.Contains(header.First) && flat.Contains(header.Last), $"page {p} of sheet {sheet} lacks a column title ('{header.First}' … '{header.Last}'):\n{text}");
            if (sheet == "概要") Assert.Contains("≥ 75.00%", text);
            if (sheet == "各区划指标") Assert.Contains("齐齐哈尔市", text);
        }
        // Every sheet was printed, and with fitted widths none needs more pages than its rows do.
        Assert.Superset(sheets.Keys.ToHashSet(), seen);
        using var book = new XLWorkbook(xlsx);
        Assert.Equal(book.Worksheets.Count, seen.Count);
        Assert.InRange(pages, book.Worksheets.Count, book.Worksheets.Count + 2);
    }

    private static async Task<string> ConvertToPdf(string xlsx, string dir)
    {
        var office = FindOnPath("libreoffice") ?? FindOnPath("soffice") ?? throw new InvalidOperationException(
            "libreoffice/soffice is not on PATH: this test needs it (apt-get install -y --no-install-recommends libreoffice-calc).");
        var outDir = Path.Combine(dir, "pdf");
        Directory.CreateDirectory(outDir);
        var start = new ProcessStartInfo(office)
        {
            ArgumentList = { "-env:UserInstallation=file://" + Path.Combine(dir, "lo-profile"), "--headless", "--convert-to", "pdf", "--outdir", outDir, xlsx },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, await stdout + await stderr);
        var pdf = Path.Combine(outDir, Path.GetFileNameWithoutExtension(xlsx) + ".pdf");
        Assert.True(File.Exists(pdf), "libreoffice wrote no pdf: " + await stdout + await stderr);
        return pdf;
    }

    private static string Run(string tool, params string[] args)
    {
        var path = FindOnPath(tool) ?? throw new InvalidOperationException($"{tool} is not on PATH: this test needs poppler-utils (apt-get install -y poppler-utils).");
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool}: {error}");
        return output;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
