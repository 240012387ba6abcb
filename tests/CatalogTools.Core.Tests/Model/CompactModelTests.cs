using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Model;
using CatalogTools.Core.Reporting;
using Xunit;

namespace CatalogTools.Core.Tests.Model;
/// <summary>The compact storage of issue 19 point 3 changes memory only: same lookups, same groups, same text.</summary>
public sealed class CompactModelTests
{
    private static Diagnostic At(string file, int line) =>
        new(LoadRules.YamlSyntax, Severity.Error, file, line, 1, null, ArgumentMap.Of([("detail", $"d{line}")]));

    private static string Text(IReadOnlyList<Diagnostic> diagnostics)
    {
        var output = new StringWriter();
        var summary = new CheckSummary(0, 0, 0, 0, diagnostics.Count, 0, 0, 0, 0, new Dictionary<string, int>());
        new TextReporter(ReportContext.Unanchored("check"), color: false).Write(output, diagnostics, summary, Lang.En);
        return output.ToString();
    }

    [Fact]
    public void ASortedResultPrintsOneHeadingPerFileInOrder()
    {
        var text = Text([At("a.yaml", 1), At("a.yaml", 5), At("b.yaml", 2)]);
        Assert.Equal(1, CountOf(text, "a.yaml\n"));
        Assert.True(text.IndexOf("a.yaml\n", StringComparison.Ordinal) < text.IndexOf("b.yaml\n", StringComparison.Ordinal));
        Assert.True(text.IndexOf("5:1", StringComparison.Ordinal) < text.IndexOf("2:1", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnsortedListStillGroupsEveryFileOnceInOrderOfFirstAppearance()
    {
        var text = Text([At("b.yaml", 2), At("a.yaml", 1), At("b.yaml", 7)]);
        Assert.Equal(1, CountOf(text, "b.yaml\n"));
        Assert.True(text.IndexOf("b.yaml\n", StringComparison.Ordinal) < text.IndexOf("a.yaml\n", StringComparison.Ordinal));
        Assert.True(text.IndexOf("7:1", StringComparison.Ordinal) < text.IndexOf("a.yaml\n", StringComparison.Ordinal));
    }

    [Fact]
    public void ArgumentsKeepTheirFirstPlaceAndLastValueLikeADictionary()
    {
        var map = ArgumentMap.Of([("a", "1"), ("b", "2"), ("a", "3")]);
        Assert.Equal(["a", "b"], map.Select(p => p.Key));
        Assert.Equal("3", map["a"].Text);
        Assert.False(map.ContainsKey("c"));
        Assert.Same(Diagnostic.NoArguments, ArgumentMap.Of([]));
    }

    [Fact]
    public void EqualLayoutsAreOneInstanceAndDifferentOnesAreNot()
    {
        var a = FieldPositions.Shared(["code", "standard"], [2, 3], [1, 1]);
        var b = FieldPositions.Shared(["code", "standard"], [2, 3], [1, 1]);
        var c = FieldPositions.Shared(["code", "standard"], [2, 4], [1, 1]);
        Assert.Same(a, b);
        Assert.NotSame(a, c);
        Assert.Equal(4, c.Of("standard", new SourceRef("x.yaml", 1, 1)).Line);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
