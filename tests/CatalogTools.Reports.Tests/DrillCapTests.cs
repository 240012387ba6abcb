using AngleSharp.Html.Parser;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Reports.Model;
using CatalogTools.Reports.Renderers.Html;
using CatalogTools.Reports.Renderers.Markdown;
using CatalogTools.Reports.Renderers.Json;
using Xunit;

namespace CatalogTools.Reports.Tests;

/// <summary>Long drill-down lists: the page and the mail list a bounded number and say so; json lists all.</summary>
public sealed class DrillCapTests
{
    private static ComplianceReport WithMisses(int n)
    {
        var misses = Enumerable.Range(0, n).Select(i => new DrillRow($"C{i:D6}", "事项", "230100", "哈尔滨市", "机关", "承诺件")).ToList();
        var figure = new FigureResult("immediateShare", TargetKind.AtLeast, FigureUnit.Share, 0.4, 0.1, 1, 10, false, misses);
        return new ComplianceReport(new ReportScope("230000", "黑龙江省", false, ReportFixture.Now, null),
            new ItemCounts(n, n, 0, [], [], [], []), [figure], [], null, []);
    }

    private static string Render(Renderers.IReportRenderer renderer, ComplianceReport report)
    {
        using var stream = new MemoryStream();
        renderer.Render(report, Lang.Zh, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void HtmlListsAThousandAndSaysHowManyThereAre()
    {
        var html = Render(new HtmlReportRenderer(), WithMisses(HtmlReportRenderer.MaxListed + 5));
        var doc = new HtmlParser().ParseDocument(html);
        Assert.Equal(HtmlReportRenderer.MaxListed, doc.QuerySelectorAll("#miss-immediateShare + p + table tbody tr").Length);
        Assert.Contains($"共 {HtmlReportRenderer.MaxListed + 5} 项，此处列出前 {HtmlReportRenderer.MaxListed} 项", html);
    }

    [Fact]
    public void MarkdownListsTwoHundredAndSaysHowManyThereAre()
    {
        var md = Render(new MarkdownReportRenderer(), WithMisses(MarkdownReportRenderer.MaxListed + 1));
        Assert.Equal(MarkdownReportRenderer.MaxListed, md.Split('\n').Count(l => l.StartsWith("- `C", StringComparison.Ordinal)));
        Assert.Contains($"共 {MarkdownReportRenderer.MaxListed + 1} 项", md);
    }

    [Fact]
    public void JsonListsEveryItem()
    {
        var json = Render(new JsonReportRenderer(), WithMisses(1500));
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(1500, doc.RootElement.GetProperty("figures")[0].GetProperty("misses").GetArrayLength());
    }
}
