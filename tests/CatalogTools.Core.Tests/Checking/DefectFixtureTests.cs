using System.Text.Json;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Checking;

/// <summary>
/// Tests as data: every folder under Fixtures/Defects plants one defect in a copy of the sample;
/// `catalog check` must report exactly the expected diagnostics (rule, severity, file, line,
/// column, item and message), exit 1 and write nothing to stderr. Then all at once.
/// </summary>
public sealed class DefectFixtureTests
{
    public static TheoryData<string> Fixtures() => new(DefectFixture.Names());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void EachDefectIsReportedExactly(string name)
    {
        var fixture = DefectFixture.Load(name);
        Assert.NotEmpty(fixture.Expected);
        using var catalog = TempCatalog.CopyOfSample();
        var appendBase = fixture.ApplyTo(catalog);
        AssertReports(catalog, fixture.Expected.Select(e => (e, appendBase)).ToList());
    }

    [Fact]
    public void AllDefectsAtOnceAreAllReportedInOneRun()
    {
        var fixtures = DefectFixture.Names().Select(DefectFixture.Load).ToList();
        using var catalog = TempCatalog.CopyOfSample();
        var expected = new List<(ExpectedDiagnostic, IReadOnlyDictionary<string, int>)>();
        foreach (var fixture in fixtures)
        {
            var appendBase = fixture.ApplyTo(catalog);
            expected.AddRange(fixture.Expected.Select(e => (e, appendBase)));
        }
        Assert.True(fixtures.Count >= 20, "every defect kind has a fixture");
        // Together, defects interact through the standardization rules (a file with a syntax error
        // no longer diverges from its standard), so this run compares the reading rules only.
        AssertReports(catalog, expected.Where(e => IsReadingRule(e.Item1.Rule)).ToList(), readingRulesOnly: true);
    }

    [Fact]
    public void EnglishMessagesAreEnglish()
    {
        using var catalog = TempCatalog.CopyOfSample();
        DefectFixture.Load("13-credit-code-check-18").ApplyTo(catalog);
        var outcome = CliRun.Run("check", "--catalog", catalog.CatalogDir, "--lang", "en");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("the check character at position 18 is wrong, expected E (GB 32100)", outcome.Out);
        Assert.Contains("Fix: check the agency's credit code", outcome.Out);
        Assert.Contains("1 errors", outcome.Out);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", outcome.Out.Replace("宾县测试局（第 18 位校验码错误）", ""));
    }

    /// <summary>CAT0001–CAT0029: reading files, schemas, references and codes (issue 2).</summary>
    private static bool IsReadingRule(string id) => string.CompareOrdinal(id, "CAT0030") < 0;

    private static void AssertReports(TempCatalog catalog, IReadOnlyList<(ExpectedDiagnostic Expected, IReadOnlyDictionary<string, int> AppendBase)> expected, bool readingRulesOnly = false)
    {
        var outcome = CliRun.Run("check", "--catalog", catalog.CatalogDir, "--format", "json");
        Assert.True(outcome.Error.Length == 0, "stderr: " + outcome.Error);
        Assert.True(outcome.ExitCode == 1, $"exit {outcome.ExitCode}: {outcome.Out}");
        using var json = JsonDocument.Parse(outcome.Out);
        var actual = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => (
            Key: $"{d.GetProperty("rule").GetString()} {d.GetProperty("severity").GetString()} {d.GetProperty("file").GetString()}:{d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()} {d.GetProperty("item").GetString() ?? "-"}",
            Message: d.GetProperty("message").GetString()!)).Where(a => !readingRulesOnly || IsReadingRule(a.Key.Split(' ')[0])).ToList();

        var expectedKeys = expected.Select(e => e.Expected.Key(e.AppendBase)).Order(StringComparer.Ordinal).ToList();
        var actualKeys = actual.Select(a => a.Key).Order(StringComparer.Ordinal).ToList();
        Assert.True(expectedKeys.SequenceEqual(actualKeys),
            "expected:\n  " + string.Join("\n  ", expectedKeys) + "\nactual:\n  " + string.Join("\n  ", actual.Select(a => a.Key + " | " + a.Message)));
        foreach (var (e, appendBase) in expected)
        {
            var key = e.Key(appendBase);
            var messages = actual.Where(a => a.Key == key).Select(a => a.Message).ToList();
            Assert.True(messages.Any(m => m.Contains(e.Fragment, StringComparison.Ordinal) && m.Contains("修改方法：", StringComparison.Ordinal)),
                $"{key}: no message contains '{e.Fragment}' and a fix: {string.Join(" / ", messages)}");
        }
        var errors = readingRulesOnly ? actual.Count(a => a.Key.Split(' ')[1] == "error") : json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32();
        Assert.Equal(expected.Count(e => e.Expected.Key(e.AppendBase).Split(' ')[1] == "error"), errors);
    }
}
