using System.Text.Json;
using AngleSharp.Html.Parser;
using ClosedXML.Excel;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Reports.Tests;

/// <summary>
/// The four formats of one report, written by the real CLI on the git fixture (baseline v1, trend
/// v1, v2, now). The working catalog is v2: as FigureTests except I3 now promises 4 days and has the
/// standard's materials, so natural-person compression is (0.75 + 0.9 + 0.8) / 3 = 0.81667 (met)
/// and the same-standard rate is 6 / 6 (met): 8 figures missed.
/// </summary>
public sealed class RendererTests : IClassFixture<GitFixtureHolder>
{
    private readonly GitFixture _git;

    public RendererTests(GitFixtureHolder holder) => _git = holder.Fixture;

    private string Write(string format, params string[] extra)
    {
        var path = Path.Combine(_git.Temp.Root, "out", $"report-{Guid.NewGuid():N}.{format}");
        var outcome = CliRun.Run(["report", "--catalog", _git.Temp.CatalogDir, "--baseline", "v1", "--format", format, "-o", path, .. extra]);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Contains("事项 6 项", outcome.Out + (extra.Contains("en") ? "事项 6 项" : ""));
        return path;
    }

    [Fact]
    public void JsonHasStableFieldsAndTheFigures()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Write("json")));
        var root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("230000", root.GetProperty("scope").GetProperty("region").GetString());
        Assert.Equal(6, root.GetProperty("counts").GetProperty("total").GetInt32());
        Assert.Equal(5, root.GetProperty("counts").GetProperty("administrativePower").GetInt32());
        var figures = root.GetProperty("figures").EnumerateArray().ToList();
        Assert.Equal(20, figures.Count);
        var np = figures[0];
        Assert.Equal("compressionNaturalPerson", np.GetProperty("key").GetString());
        Assert.Equal(0.816667, np.GetProperty("value").GetDouble(), 6);
        Assert.Equal("met", np.GetProperty("status").GetString());
        Assert.Equal("atLeast", np.GetProperty("comparison").GetString());
        Assert.Empty(np.GetProperty("misses").EnumerateArray());
        Assert.Equal("missed", figures[1].GetProperty("status").GetString());
        Assert.Equal(10, root.GetProperty("missedFigures").GetInt32()); // the fixture publishes no 帮办代办
        var exempt = figures.Single(f => f.GetProperty("key").GetString() == "exemptShare");
        Assert.Equal(2, exempt.GetProperty("misses").GetArrayLength());
        Assert.Equal("营业执照", exempt.GetProperty("misses")[0].GetProperty("detail").GetString());
        Assert.Equal("met", figures.Single(f => f.GetProperty("key").GetString() == "fullyOnlineShare").GetProperty("status").GetString());
        var baseline = root.GetProperty("baseline");
        Assert.Equal(17, baseline.GetProperty("total").GetProperty("then").GetProperty("materials").GetInt32());
        Assert.Equal(24, baseline.GetProperty("total").GetProperty("now").GetProperty("days").GetInt32());
        Assert.Equal(0.2, baseline.GetProperty("total").GetProperty("cut").GetProperty("days").GetDouble(), 9);
        Assert.Equal(["v1", "v2", "当前"], root.GetProperty("trend").EnumerateArray().Select(p => p.GetProperty("label").GetString()));
        var county = root.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "230125");
        Assert.Equal(JsonValueKind.Null, county.GetProperty("values").GetProperty("compressionLegalPerson").ValueKind);
    }

    [Fact]
    public void MarkdownHasTablesBaselineAndLists()
    {
        var md = File.ReadAllText(Write("md"));
        Assert.Contains("| 承诺时限压缩率（自然人事项） | 81.67% | ≥ 75.00% | ✅ 达标 | 2.45 / 3 |", md);
        Assert.Contains("| 黑龙江省 | 17 → 16（压减 5.9%） | 19 → 17（压减 10.5%） | 30 → 24（压减 20.0%） |", md);
        Assert.Contains("| 承诺时限压缩率（法人事项） | 67.50% | ≥ 70.00% | ❌ [未达标](#miss-compressionLegalPerson) | 1.35 / 2 |", md);
        Assert.Contains("<a id=\"miss-exemptShare\"></a>", md);
        Assert.Contains("- `XK00501001-230200-11230200034527628T` 道路货物运输经营许可 — 齐齐哈尔市 · 齐齐哈尔市市场监督管理局 — 营业执照", md);
        var en = File.ReadAllText(Write("md", "--lang", "en"));
        Assert.Contains("# Government service items: compliance report", en);
        Assert.Contains("| Promised-limit compression (legal-person items) | 67.50% | ≥ 70.00% | ❌ [missed](#miss-compressionLegalPerson) |", en);
    }

    [Fact]
    public void XlsxHasASheetPerFigureWithTheItemsBehindMisses()
    {
        using var book = new XLWorkbook(Write("xlsx"));
        var names = book.Worksheets.Select(w => w.Name).ToList();
        Assert.Equal("概要", names[0]);
        Assert.Contains("与基线比较", names);
        Assert.Contains("各标签版本趋势", names);
        Assert.Equal(18, names.Count(n => n.Contains("率") || n.Contains("占比") || n.Contains("次数") || n.Contains("证明材料"))); // and the 一件事 and mobile counts
        var exempt = book.Worksheet("电子证照免提交率");
        Assert.Equal(4 / 6.0, exempt.Cell(3, 2).GetDouble(), 6);
        var codes = exempt.CellsUsed().Select(c => c.GetString()).Where(s => s.StartsWith("XK00501001-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["XK00501001-230100-11230100047761384U", "XK00501001-230200-11230200034527628T"], codes);
        var summary = book.Worksheet("概要");
        Assert.Equal("承诺时限压缩率（自然人事项）", summary.Cell(6, 1).GetString());
        Assert.Equal("达标", summary.Cell(6, 4).GetString());
        Assert.Equal("承诺时限压缩率（法人事项）", summary.Cell(7, 1).GetString());
        Assert.Equal("未达标", summary.Cell(7, 4).GetString());
        Assert.Equal(0.675, summary.Cell(7, 2).GetDouble(), 9);
        Assert.True(summary.Column(1).Width > 20);
        var baseline = book.Worksheet("与基线比较");
        Assert.Equal(17, baseline.Cell(4, 3).GetDouble());
        Assert.Equal(16, baseline.Cell(4, 4).GetDouble());
    }

    [Fact]
    public void HtmlIsSelfContainedWithChartsAndDrillLinks()
    {
        var html = File.ReadAllText(Write("html"));
        var doc = new HtmlParser().ParseDocument(html);
        Assert.Empty(doc.QuerySelectorAll("script, link, iframe, img, object, embed"));
        foreach (var el in doc.QuerySelectorAll("[href]")) Assert.StartsWith("#", el.GetAttribute("href"));
        Assert.Empty(doc.QuerySelectorAll("[src]"));
        Assert.DoesNotContain("http:", html);
        Assert.DoesNotContain("https:", html);
        Assert.DoesNotContain("url(", html);
        Assert.DoesNotContain("@import", html);
        Assert.Contains("@media print", html);
        Assert.Equal(20 + 2, doc.QuerySelectorAll("svg.chart").Length);
        // a bar per region (4 regions) in each figure's chart
        Assert.Equal(4, doc.QuerySelectorAll("#chart-immediateShare rect.bar").Length);
        Assert.Equal(4, doc.QuerySelectorAll("#trend-reductions polyline.line").Length);
        foreach (var link in doc.QuerySelectorAll("a[href^='#miss-']"))
        {
            Assert.NotNull(doc.GetElementById(link.GetAttribute("href")![1..]));
        }
        Assert.Equal(10, doc.QuerySelectorAll("#figures a[href^='#miss-']").Length);
        Assert.Equal(2, doc.QuerySelectorAll("#miss-exemptShare + table tbody tr").Length);
    }

    [Fact]
    public void CatalogTextIsNeverMarkupOrTemplate()
    {
        using var temp = TempCatalog.CopyOf(ReportFixture.SmallCatalog);
        temp.Replace("standards/XK00501001.yaml", "name: 道路货物运输经营许可\ntype", "name: \"<script>alert(1)</script>{{ 1 + 1 }}|*x*\"\ntype");
        var html = Path.Combine(temp.Root, "r.html");
        var md = Path.Combine(temp.Root, "r.md");
        var xlsx = Path.Combine(temp.Root, "r.xlsx");
        Assert.Equal(0, CliRun.Run("report", "--catalog", temp.CatalogDir, "--format", "html", "-o", html).ExitCode);
        Assert.Equal(0, CliRun.Run("report", "--catalog", temp.CatalogDir, "--format", "md", "-o", md).ExitCode);
        Assert.Equal(0, CliRun.Run("report", "--catalog", temp.CatalogDir, "--format", "xlsx", "-o", xlsx).ExitCode);
        var page = File.ReadAllText(html);
        Assert.DoesNotContain("<script>", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;{{ 1 + 1 }}|*x*", page);
        var text = File.ReadAllText(md);
        Assert.DoesNotContain("<script>", text);
        Assert.Contains(@"&lt;script&gt;alert\(1\)&lt;/script&gt;\{\{ 1 + 1 \}\}\|\*x\*", text);
        using var book = new XLWorkbook(xlsx);
        Assert.Contains(book.Worksheet("电子证照免提交率").CellsUsed(), c => c.GetString() == "<script>alert(1)</script>{{ 1 + 1 }}|*x*");
    }

    [Fact]
    public void BadArgumentsCannotRun()
    {
        var output = Path.Combine(_git.Temp.Root, "bad.pdf");
        var format = CliRun.Run("report", "--catalog", _git.Temp.CatalogDir, "--format", "pdf", "-o", output);
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("不支持的格式『pdf』", format.Error);
        var region = CliRun.Run("report", "--catalog", _git.Temp.CatalogDir, "--region", "999999", "--format", "json", "-o", output);
        Assert.Equal(2, region.ExitCode);
        Assert.Contains("区划『999999』", region.Error);
        Assert.False(File.Exists(output));
    }
}
