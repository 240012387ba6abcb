using CatalogTools.Core.Diagnostics;
using AngleSharp.Html.Parser;
using CatalogTools.Reports.Model;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Reports.Tests;

/// <summary>
/// The region drill-down on the fixture (numbers in FigureTests): province → city → county →
/// township, each with its figures, its own departments and items, and the figures it misses with
/// the items behind them — also where the province meets the figure.
/// </summary>
public sealed class DrillDownTests
{
    private const string I1 = "JF00201001-230100-11230100005169665K";
    private const string I2 = "JF00201001-230125-11230125029522099X";
    private const string I3 = "JF00201001-230125100000-11230125031179912J";
    private const string I4 = "XK00501001-230100-11230100047761384U";
    private const string I5 = "XK00501001-230200-11230200034527628T";
    private const string I6 = "GG00101001-230125-11230125042822379D";

    private static readonly ComplianceReport Report = ReportFixture.Build(ReportFixture.SmallCatalog);

    private static RegionDrill Node(string code) => Find(Report.DrillDown!, code) ?? throw new InvalidOperationException(code);

    private static RegionDrill? Find(RegionDrill node, string code) =>
        node.Code == code ? node : node.Children.Select(c => Find(c, code)).FirstOrDefault(n => n is not null);

    [Fact]
    public void The_tree_goes_from_the_province_down_to_the_township()
    {
        var root = Report.DrillDown!;
        Assert.Equal("230000", root.Code);
        Assert.Equal(6, root.Items);
        Assert.Equal(["230100", "230200"], root.Children.Select(c => c.Code));
        Assert.Equal(["230125"], Node("230100").Children.Select(c => c.Code));
        Assert.Equal(["230125100000"], Node("230125").Children.Select(c => c.Code));
        Assert.Equal("乡级", Node("230125100000").Level);
        Assert.Equal([5, 1, 3, 1], new[] { "230100", "230200", "230125", "230125100000" }.Select(c => Node(c).Items));
    }

    [Fact]
    public void Each_level_has_the_figures_of_its_subtree_as_in_the_region_table()
    {
        foreach (var row in Report.Regions)
        {
            Assert.Equal(row.Values, Node(row.Code).Values);
            Assert.Equal(row.Items, Node(row.Code).Items);
        }
        // The township is below the region table's two levels and still has its figures: I3 alone.
        var township = Node("230125100000");
        Assert.Equal(0.5, township.Values["compressionNaturalPerson"]!.Value, 9);
        Assert.Equal(1.0, township.Values["averageVisits"]!.Value, 9);
    }

    [Fact]
    public void A_region_lists_its_own_departments_with_their_figures_and_items()
    {
        var county = Node("230125");
        Assert.Equal(["市场监督管理", "民政"], county.Departments.Select(d => d.Name));
        var civil = county.Departments.Single(d => d.Name == "民政");
        Assert.Equal([I2], civil.Items.Select(i => i.Code));
        Assert.Equal(1.0, civil.Values["immediateShare"]!.Value, 9);
        Assert.Equal(0.9, civil.Values["compressionNaturalPerson"]!.Value, 9);
        var market = county.Departments.Single(d => d.Name == "市场监督管理");
        Assert.Equal([I6], market.Items.Select(i => i.Code));

        var township = Node("230125100000").Departments.Single();
        Assert.Equal("人民政府", township.Name);
        var i3 = township.Items.Single();
        Assert.Equal(I3, i3.Code);
        Assert.Equal("承诺件", i3.Shortfalls["immediateShare"].In(Lang.Zh));
        Assert.Equal("handled within a promised time", i3.Shortfalls["immediateShare"].In(Lang.En));
        Assert.Contains("sameStandardShare", i3.Shortfalls.Keys);

        Assert.Equal(["市场监督管理", "民政"], Node("230100").Departments.Select(d => d.Name));
        Assert.Equal([I4], Node("230100").Departments.Single(d => d.Name == "市场监督管理").Items.Select(i => i.Code));
        Assert.Equal([I1], Node("230100").Departments.Single(d => d.Name == "民政").Items.Select(i => i.Code));
    }

    [Fact]
    public void A_region_lists_the_figures_it_misses_even_when_the_province_meets_them()
    {
        // The province meets 即办件 (2 / 6 ≥ 0.30) and 全程网办 (4 / 6 ≥ 0.5); 齐齐哈尔市 (I5 alone) misses both.
        Assert.True(Report.Figure("immediateShare").Passed);
        Assert.True(Report.Figure("fullyOnlineShare").Passed);
        var city = Node("230200");
        var immediate = city.Misses.Single(m => m.Figure == "immediateShare");
        Assert.Equal(0.0, immediate.Value);
        Assert.Equal([I5], immediate.Items.Select(i => i.Code));
        Assert.Equal("承诺件", immediate.Items[0].Detail.In(Lang.Zh));
        Assert.Equal([I5], city.Misses.Single(m => m.Figure == "fullyOnlineShare").Items.Select(i => i.Code));

        // 哈尔滨市 meets the legal-person compression (I4: 0.75) that the province misses: no entry there.
        Assert.DoesNotContain(Node("230100").Misses, m => m.Figure == "compressionLegalPerson");
        Assert.Contains(Report.DrillDown!.Misses, m => m.Figure == "compressionLegalPerson");

        // 宾县's average visits (1 / 3) misses ≤ 0.1: the items behind it are those of its subtree with a visit.
        Assert.Equal([I3], Node("230125").Misses.Single(m => m.Figure == "averageVisits").Items.Select(i => i.Code));
    }

    [Fact]
    public void Every_region_miss_is_a_missed_value_and_lists_only_items_of_its_subtree()
    {
        foreach (var node in All(Report.DrillDown!))
        {
            var inSubtree = All(node).SelectMany(n => n.Departments).SelectMany(d => d.Items).Select(i => i.Code).ToHashSet();
            foreach (var f in Report.Figures)
            {
                var missed = !Computing.FigureDefinitions.Meets(f.Kind, node.Values.GetValueOrDefault(f.Key), f.Target);
                Assert.Equal(missed, node.Misses.Any(m => m.Figure == f.Key));
            }
            foreach (var miss in node.Misses)
            {
                Assert.NotEmpty(miss.Items);
                Assert.All(miss.Items, i => Assert.Contains(i.Code, inSubtree));
            }
        }
    }

    [Fact]
    public void The_html_page_opens_each_region_to_its_departments_items_and_misses()
    {
        var path = Path.Combine(Path.GetTempPath(), $"drill-{Guid.NewGuid():N}.html");
        try
        {
            var outcome = CliRun.Run("report", "--catalog", ReportFixture.SmallCatalog, "--format", "html", "-o", path, "--no-trend");
            Assert.True(outcome.ExitCode == 0, outcome.Error);
            var doc = new HtmlParser().ParseDocument(File.ReadAllText(path));
            var section = doc.QuerySelector("section#drilldown")!;
            Assert.NotNull(section);
            foreach (var code in new[] { "230000", "230100", "230200", "230125", "230125100000" })
            {
                Assert.NotNull(section.QuerySelector($"details#region-{code}"));
            }
            // Nesting: the township's details sit inside the county's, inside the city's, inside the province's.
            Assert.NotNull(section.QuerySelector("details#region-230000 details#region-230100 details#region-230125 details#region-230125100000"));
            var county = section.QuerySelector("details#region-230125")!;
            var countyDepartments = county.QuerySelector("div.level")!.Children.Where(e => e.ClassList.Contains("department")).Select(e => e.TextContent).ToList();
            Assert.Equal(2, countyDepartments.Count);
            Assert.Contains(countyDepartments, text => text.Contains(I2) && text.StartsWith("民政"));
            Assert.DoesNotContain(countyDepartments, text => text.Contains(I3)); // I3 is in the township's own list
            // The county's misses list the items of its subtree: average visits ≤ 0.1 is missed through the township's I3.
            Assert.Contains(I3, county.QuerySelector("#region-230125-miss-averageVisits")!.NextElementSibling!.TextContent);
            var cityMiss = section.QuerySelector("#region-230200-miss-immediateShare")!;
            Assert.Contains("即办件占比", cityMiss.TextContent);
            Assert.Contains(I5, cityMiss.NextElementSibling!.TextContent);
            // The region table links each region to its drill-down.
            Assert.NotNull(doc.QuerySelector("section#regions a[href='#region-230125']"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Section_titles_are_distinct()
    {
        var path = Path.Combine(Path.GetTempPath(), $"titles-{Guid.NewGuid():N}.html");
        try
        {
            Assert.Equal(0, CliRun.Run("report", "--catalog", ReportFixture.SmallCatalog, "--format", "html", "-o", path, "--no-trend").ExitCode);
            var titles = new HtmlParser().ParseDocument(File.ReadAllText(path)).QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
            Assert.Equal(titles.Distinct().Count(), titles.Count);
            Assert.Contains("各区划指标", titles);
            Assert.Contains("各区划指标图", titles);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static IEnumerable<RegionDrill> All(RegionDrill node) => new[] { node }.Concat(node.Children.SelectMany(All));
}
