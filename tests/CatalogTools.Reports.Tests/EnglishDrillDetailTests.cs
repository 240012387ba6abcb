using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ClosedXML.Excel;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Reports.Text;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Reports.Tests;

/// <summary>
/// `report --lang en` on the sample catalog: the detail of every drill-down row (why an item misses a
/// figure) is worded in English in every format. The sample's details are controlled values of the files
/// (承诺件, 三级, channel names), the mobile count and percentages, so none of them may show a Chinese
/// character or Chinese punctuation. (Item, region and agency names beside the detail are catalog data.)
/// </summary>
public sealed partial class EnglishDrillDetailTests
{
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}]")]
    private static partial Regex Chinese();

    /// <summary>
    /// The sample's policy with targets no catalog meets, so that the province misses figures and the
    /// json, md and xlsx reports (which list the scope's misses) have drill-down rows too.
    /// </summary>
    private static TempCatalog SampleWithHighTargets()
    {
        var temp = TempCatalog.CopyOfSample();
        temp.Replace("policy.yaml", "  compressionNaturalPerson: 0.75\n", "  compressionNaturalPerson: 0.99\n");
        temp.Replace("policy.yaml", "  immediateShare: 0.4\n", "  immediateShare: 1.0\n");
        temp.Replace("policy.yaml", "  averageVisits: 0.1\n", "  averageVisits: 0\n");
        temp.Replace("policy.yaml", "  depthLevel4Share: 0.9\n", "  depthLevel4Share: 1.0\n");
        temp.Replace("policy.yaml", "  fullyOnlineShare: 0.5\n", "  fullyOnlineShare: 1.0\n");
        temp.Replace("policy.yaml", "  mobileItemsPerCity: 60\n", "  mobileItemsPerCity: 100000\n");
        return temp;
    }

    [Theory]
    [InlineData("json")]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("xlsx")]
    public void Every_drill_down_detail_of_the_english_report_is_english(string format)
    {
        using var temp = SampleWithHighTargets();
        var details = Details(Render(temp, format, "en"), format);
        // The high targets make the province miss these figures, each with rows behind it.
        Assert.True(details.Count >= 20, $"only {details.Count} drill-down rows in the {format} report");
        Assert.Contains(details, d => d.Contains("handled within a promised time", StringComparison.Ordinal));
        Assert.Contains(details, d => d.Contains("items on the mobile channel", StringComparison.Ordinal));
        Assert.Contains(details, d => d.Contains("level 3", StringComparison.Ordinal));
        var chinese = details.Where(d => Chinese().IsMatch(d)).Distinct().ToList();
        Assert.True(chinese.Count == 0, $"{format}: drill-down details with Chinese text:\n" + string.Join("\n", chinese.Take(20)));
    }

    [Fact]
    public void The_sample_as_it_is_words_its_html_drill_down_in_english_and_chinese_as_before()
    {
        using var temp = TempCatalog.CopyOfSample();
        var english = Details(Render(temp, "html", "en"), "html");
        Assert.NotEmpty(english);
        Assert.Contains("handled within a promised time", english);
        Assert.DoesNotContain(english, d => Chinese().IsMatch(d));

        var chinese = Details(Render(temp, "html", "zh"), "html", Lang.Zh);
        Assert.Contains("承诺件", chinese);
        Assert.Contains("三级 / 网上办事大厅、政务服务移动端、窗口", chinese);
    }

    private static byte[] Render(TempCatalog temp, string format, string lang)
    {
        var path = Path.Combine(temp.Root, $"report.{lang}.{format}");
        var outcome = CliRun.Run("report", "--catalog", temp.CatalogDir, "--format", format, "-o", path, "--lang", lang, "--no-trend");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        return File.ReadAllBytes(path);
    }

    /// <summary>The detail of every drill-down row, as the format prints it.</summary>
    private static List<string> Details(byte[] report, string format, Lang lang = Lang.En) => format switch
    {
        "json" => JsonDetails(report),
        "md" => MarkdownDetails(report),
        "html" => HtmlDetails(report, new ReportText(lang)),
        _ => XlsxDetails(report, new ReportText(lang)),
    };

    private static List<string> JsonDetails(byte[] report)
    {
        using var doc = JsonDocument.Parse(report);
        return doc.RootElement.GetProperty("figures").EnumerateArray()
            .SelectMany(f => f.GetProperty("misses").EnumerateArray())
            .Select(m => m.GetProperty("detail").GetString()!).ToList();
    }

    /// <summary>The lines "- `code` name — region · agency — detail" of the misses sections.</summary>
    private static List<string> MarkdownDetails(byte[] report) =>
        System.Text.Encoding.UTF8.GetString(report).Split('\n')
            .Where(l => l.StartsWith("- `", StringComparison.Ordinal))
            .Select(l => l[(l.LastIndexOf(" — ", StringComparison.Ordinal) + 3)..]).ToList();

    /// <summary>
    /// The last cell of the misses tables, and of the drill-down's item tables each "figure: why" of its
    /// shortfalls (the figure names are headings, worded by their own rows).
    /// </summary>
    private static List<string> HtmlDetails(byte[] report, ReportText t)
    {
        var document = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(report));
        var details = document.QuerySelectorAll("table.drill tbody tr").Select(tr => tr.QuerySelectorAll("td").Last().TextContent).ToList();
        var names = Computing.FigureDefinitions.All.Select(f => t.FigureName(f.Key) + t.Colon).OrderByDescending(n => n.Length).ToList();
        foreach (var cell in document.QuerySelectorAll("table.items tbody tr").Select(tr => tr.QuerySelectorAll("td").Last().TextContent))
        {
            if (cell.Length == 0) continue;
            foreach (var part in cell.Split(t.ShortfallSeparator))
            {
                var name = names.First(n => part.StartsWith(n, StringComparison.Ordinal));
                details.Add(part[name.Length..]);
            }
        }
        return details;
    }

    /// <summary>Column 5 under every header row (code, name, region, agency, detail) of the figure sheets.</summary>
    private static List<string> XlsxDetails(byte[] report, ReportText t)
    {
        using var book = new XLWorkbook(new MemoryStream(report));
        var details = new List<string>();
        foreach (var sheet in book.Worksheets)
        {
            var inMisses = false;
            foreach (var row in sheet.RowsUsed())
            {
                if (row.Cell(1).GetString() == t.Code && row.Cell(5).GetString() == t.Detail)
                {
                    inMisses = true;
                    continue;
                }
                if (inMisses && row.Cell(1).GetString().Length > 0) details.Add(row.Cell(5).GetString());
            }
        }
        return details;
    }
}
