using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Generation;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Reporting;
using CatalogTools.Rules;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Model;

/// <summary>
/// Issue 19 point 3, nocache2 branch: one argument map for the million CAT0081 findings of a generated
/// province, and no list per file without suppressions. Memory only: the findings print as before.
/// </summary>
public sealed class SharedItemStorageTests
{
    [Fact]
    public void Findings_of_one_wording_share_one_argument_map_and_print_their_words()
    {
        using var catalog = TempCatalog.Empty();
        new ProvinceGenerator(200, 9).Write(catalog.CatalogDir);
        var loaded = new CatalogLoader(CatalogLocation.Find(catalog.CatalogDir)!).Load();
        var result = new CatalogChecker(RuleSet.All, TimeProvider.System).Check(loaded);

        var notOffered = result.Diagnostics.Where(d => d.Rule.Id == RuleIds.AssistanceNotOffered).ToList();
        Assert.True(notOffered.Count >= 100, $"only {notOffered.Count} CAT0081 findings");
        foreach (var wording in notOffered.GroupBy(d => d.Message(Lang.En)))
        {
            Assert.Single(wording.Select(d => d.Arguments).Distinct(ReferenceEqualityComparer.Instance));
        }
        var first = notOffered[0];
        Assert.Equal("实施清单没有公布帮办代办", first.Message(Lang.Zh));
        Assert.Equal("the implementation does not publish assisted application (bangban daiban)", first.Message(Lang.En));
        var text = new StringWriter();
        new TextReporter(ReportContext.Unanchored("check"), color: false).Write(text, [first], result.Summary, Lang.Zh);
        Assert.Contains($"CAT0081 [{first.Item}] 实施清单没有公布帮办代办", text.ToString());
    }

    [Fact]
    public void Files_without_suppression_comments_share_one_empty_list()
    {
        var index = new CatalogLoader(CatalogLocation.Find(RepoPaths.SampleCatalog)!).Load().Index;
        Assert.All(index.Files.Where(f => f.Suppressions.Count == 0), f => Assert.Same(Array.Empty<Suppression>(), f.Suppressions));
    }
}
