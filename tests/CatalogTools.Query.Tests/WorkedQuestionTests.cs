using System.Globalization;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Comparison;
using CatalogTools.Core.Index;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Model;
using CatalogTools.Query.Output;
using CatalogTools.Reports.Computing;
using CatalogTools.Rules;
using CatalogTools.Tests.Shared;

using Xunit;

namespace CatalogTools.Query.Tests;

/// <summary>
/// The ten worked questions of docs/query.md: each SQL, run on the sample, gives the answer computed
/// here directly from the catalog index (LINQ over the resolved items, no SQL), and the result the
/// document shows is what the command prints today.
/// </summary>
public sealed class WorkedQuestionTests(SampleDatabase sample) : IClassFixture<SampleDatabase>
{
    private CatalogIndex Index => sample.Loaded.Index;

    [Fact]
    public void The_docs_hold_ten_questions_numbered_1_to_10() =>
        Assert.Equal(Enumerable.Range(1, 10), QueryDocs.Questions().Select(q => q.Number));

    [Theory]
    [InlineData(1), InlineData(2), InlineData(3), InlineData(4), InlineData(5), InlineData(6), InlineData(7), InlineData(8), InlineData(9), InlineData(10)]
    public void The_documented_result_is_what_the_query_prints_on_the_sample(int number)
    {
        var question = QueryDocs.Question(number);
        var result = sample.Database.Run(question.Sql);
        Assert.Null(result.Error);
        var printed = new StringWriter { NewLine = "\n" };
        TableWriter.Write(result, printed, english: false);
        Assert.Equal(question.SampleResult, printed.ToString());
    }

    [Fact]
    public void Q1_counties_still_asking_for_the_household_register()
    {
        var tree = Index.RegionHierarchy;
        var expected = Active()
            .Select(i => (Item: i, County: AncestorAt(tree, i.Implementation.Region, "县级")))
            .Where(x => x.County is not null && x.Item.Materials.Any(m => m.Name.Contains("户口簿") && m.Required == true))
            .GroupBy(x => tree.NameOf(x.County!))
            .Select(g => (County: g.Key, Items: g.Select(x => x.Item.Code).Distinct().Count()))
            .OrderByDescending(x => x.Items).ThenBy(x => x.County, StringComparer.Ordinal)
            .Select(x => Row(x.County, x.Items))
            .ToList();
        Assert.NotEmpty(expected);
        AssertAnswer(1, expected);
    }

    [Fact]
    public void Q2_average_promised_days_by_department()
    {
        var tree = Index.RegionHierarchy;
        var expected = Active()
            .GroupBy(i => Department(tree, i.Implementation.Agency))
            .Select(g => (Department: g.Key, Items: g.Count(),
                Promised: Average(g.Select(i => i.Implementation.PromisedLimit?.Days)), Statutory: Average(g.Select(i => i.StatutoryLimit?.Days))))
            .OrderByDescending(x => x.Items).ThenBy(x => x.Department, StringComparer.Ordinal)
            .Select(x => Row(x.Department, x.Items, Round(x.Promised, 2), Round(x.Statutory, 2)))
            .ToList();
        AssertAnswer(2, expected);
    }

    [Fact]
    public void Q3_items_per_city_not_fully_online()
    {
        var tree = Index.RegionHierarchy;
        var expected = Active()
            .Select(i => (Item: i, City: AncestorAt(tree, i.Implementation.Region, "市级")))
            .Where(x => x.City is not null)
            .GroupBy(x => tree.NameOf(x.City!))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g.Count(x => x.Item.Implementation.OnlineDepth != "四级"), g.Count()))
            .ToList();
        AssertAnswer(3, expected);
    }

    [Fact]
    public void Q4_immediate_share_of_each_city_and_county()
    {
        var loader = new CatalogLoader(sample.Location);
        var report = ReportBuilder.Build(sample.Loaded, loader, new ReportRequest(null, null, FixedClock.Default.GetLocalNow(), Trend: false)).Report!;
        var target = report.Figures.Single(f => f.Key == "immediateShare").Target;
        var expected = report.Regions.Where(r => r.Depth > 0)
            .OrderBy(r => r.Depth).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r =>
            {
                var value = r.Values["immediateShare"];
                return Row(r.Code, r.Name, r.Items, Round(value, 4), ">=", target, value >= target);
            })
            .ToList();
        Assert.Equal(8, expected.Count); // two cities, six counties
        AssertAnswer(4, expected);
    }

    [Fact]
    public void Q5_implementations_with_their_own_copy_of_standardized_elements()
    {
        var tree = Index.RegionHierarchy;
        var expected = Index.ResolveAll()
            .Where(i => !i.Implementation.Own.IsEmpty)
            .OrderBy(i => i.Code, StringComparer.Ordinal)
            .Select(i => Row(i.Code, i.Name, tree.NameOf(i.Implementation.Region), OwnKeys(i.Implementation.Own),
                ElementComparer.Compare(i.Standard.Elements, i.Implementation.Own, onlyWhereRightHas: true).Count == 0))
            .ToList();
        Assert.NotEmpty(expected);
        AssertAnswer(5, expected);
    }

    [Fact]
    public void Q6_fees_charged_and_where()
    {
        var expected = Active()
            .SelectMany(i => i.Fees.Where(f => f.Charged).Select(f => (Item: i.Name, Fee: f.Name, Amount: f.Amount)))
            .GroupBy(x => x)
            .Select(g => (g.Key.Item, g.Key.Fee, g.Key.Amount, Count: g.Count()))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Fee, StringComparer.Ordinal).ThenBy(x => x.Item, StringComparer.Ordinal)
            .Select(x => Row(x.Item, x.Fee, x.Amount?.ToString("0.00", CultureInfo.InvariantCulture), x.Count))
            .ToList();
        Assert.NotEmpty(expected);
        AssertAnswer(6, expected);
    }

    [Fact]
    public void Q7_standards_implemented_least()
    {
        var expected = Index.StandardList.Where(s => s.IsActive)
            .Select(s => (s.Code, s.Name, Count: Index.ImplementationsOf(s.Code).Count(i => i.IsActive)))
            .OrderBy(x => x.Count).ThenBy(x => x.Code, StringComparer.Ordinal)
            .Take(5)
            .Select(x => Row(x.Code, x.Name, x.Count))
            .ToList();
        AssertAnswer(7, expected);
    }

    [Fact]
    public void Q8_materials_and_steps_per_item_by_level()
    {
        var expected = Active()
            .GroupBy(i => Index.LevelOf(i.Implementation.Region) ?? "")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g.Count(), Round(g.Average(i => (double)i.Materials.Count), 2), Round(g.Average(i => (double)i.Steps.Count), 2)))
            .ToList();
        AssertAnswer(8, expected);
    }

    [Fact]
    public void Q9_most_cited_laws()
    {
        var expected = Index.Laws.Values
            .Select(l => (l.Title, Cited: Index.StandardList.Count(s => (s.Elements.Basis ?? []).Any(b => b.Law == l.Title)), l.Status))
            .Where(x => x.Cited > 0)
            .OrderByDescending(x => x.Cited).ThenBy(x => x.Title, StringComparer.Ordinal)
            .Take(5)
            .Select(x => Row(x.Title, x.Cited, x.Status))
            .ToList();
        AssertAnswer(9, expected);
    }

    [Fact]
    public void Q10_findings_by_rule_are_none_on_the_clean_sample() => AssertAnswer(10, []);

    [Fact]
    public void Q10_finds_a_planted_defect_as_check_reports_it()
    {
        using var copy = TempCatalog.CopyOfSample();
        // The promised limit (800 days) now exceeds the statutory limit (30 working days).
        copy.Replace("implementations/230123/XK00801001-230123-11230123005284794H.yaml", "  days: 8\n", "  days: 800\n");
        var location = CatalogLocation.Find(copy.CatalogDir)!;
        var loaded = new CatalogLoader(location).Load();
        var diagnostics = new CatalogChecker(RuleSet.All, FixedClock.Default).Check(loaded).Diagnostics;
        var expected = diagnostics
            .GroupBy(d => (d.Rule.Id, Severity: Core.Diagnostics.SeverityText.Id(d.Severity)))
            .Select(g => (g.Key.Id, g.Key.Severity, Findings: g.Count(), Items: g.Where(d => d.Item is not null).Select(d => d.Item).Distinct().Count()))
            .OrderByDescending(x => x.Findings).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Select(x => Row(x.Id, x.Severity, x.Findings, x.Items))
            .ToList();
        Assert.NotEmpty(expected);
        using var opened = CatalogQuery.Open(location, CatalogDatabase.TablesNamedIn(QueryDocs.Question(10).Sql), FixedClock.Default, Core.Diagnostics.Lang.Zh);
        Assert.Equal(expected, SampleDatabase.Rows(opened.Database, QueryDocs.Question(10).Sql));
    }

    private void AssertAnswer(int number, List<string[]> expected) =>
        Assert.Equal(expected, sample.Rows(QueryDocs.Question(number).Sql));

    private IEnumerable<ResolvedItem> Active() => Index.ResolveAll().Where(i => i.Implementation.IsActive);

    private static string? AncestorAt(RegionHierarchy tree, string region, string level) =>
        tree.Chain(region).FirstOrDefault(c => tree.LevelOf(c) == level);

    private string Department(RegionHierarchy tree, string agencyCode) =>
        Index.Agencies.TryGetValue(agencyCode, out var agency) ? DepartmentNames.Of(agency.Name, tree.Chain(agency.Region).Select(tree.NameOf)) : agencyCode;

    private static double? Average(IEnumerable<int?> values)
    {
        var present = values.Where(v => v is not null).Select(v => (double)v!.Value).ToList();
        return present.Count == 0 ? null : present.Average();
    }

    private static double? Round(double? value, int digits) => value is null ? null : Math.Round(value.Value, digits, MidpointRounding.AwayFromZero);

    private static string OwnKeys(StandardElements own)
    {
        var present = new object?[] { own.Name, own.Type, own.ServiceObjects, own.Basis, own.Conditions, own.StatutoryLimit, own.Materials, own.Steps, own.Fees, own.Notes };
        return string.Join("、", StandardElements.Keys.Where((_, i) => present[i] is not null));
    }

    private static string[] Row(params object?[] values) => values.Select(ValueText.Of).ToArray();
}
