using System.Text;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Rules.Tests.Support;
using Xunit;

namespace CatalogTools.Rules.Tests;

/// <summary>
/// Tests as data: each folder under Fixtures/ plants a defect (or a near miss) in a copy of the
/// sample catalog and lists the exact diagnostics expected — rule, severity, file, line, column,
/// item and message — followed by the summary. Set CATALOG_ACCEPT_FIXTURES=1 to rewrite
/// expected.txt from the current output (then review the diff before committing).
/// </summary>
public sealed class RuleFixtureTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in FixtureCase.All()) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsExactlyTheExpectedDiagnostics(string name)
    {
        var fixture = new FixtureCase(name);
        var result = fixture.Run();
        var actual = FixtureCase.Render(result, Lang.Zh);
        if (Environment.GetEnvironmentVariable("CATALOG_ACCEPT_FIXTURES") == "1")
        {
            File.WriteAllText(Path.Combine(fixture.Folder, "expected.txt"), actual, new UTF8Encoding(false));
            return;
        }
        Assert.Equal(fixture.Expected, actual);

        // The same diagnostics worded in English fill every placeholder and never leak the other language.
        var english = FixtureCase.Render(result, Lang.En);
        Assert.DoesNotContain("{", english, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001F", english, StringComparison.Ordinal);
    }
}
