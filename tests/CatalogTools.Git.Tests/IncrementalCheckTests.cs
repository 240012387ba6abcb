using CatalogTools.Caching;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Generation;
using CatalogTools.Core.Loading;
using CatalogTools.Rules;
using CatalogTools.Tests.Shared;

namespace CatalogTools.Git.Tests;

/// <summary>
/// A warm whole check after a few implementation files changed checks only what they touch and
/// takes the other files' diagnostics from the stored result (IncrementalCheck). After every edit
/// of a run of edits on a generated province — some planting cross-file defects (two items of one
/// name in a region, an implementation diverging from its standard, an unknown agency), a deleted
/// and an added file — its diagnostics and summary must equal an uncached whole check's; edits it
/// cannot place by path (a standard, a misnamed file, a bundle member) must fall back to the whole
/// check, and agree too.
/// </summary>
public sealed class IncrementalCheckTests
{
    private static readonly Dictionary<string, RuleDescriptor> KnownRules = RuleSet.Descriptors.ToDictionary(r => r.Id, StringComparer.Ordinal);
    private static readonly FixedClock Clock = FixedClock.Default;

    [Theory]
    [InlineData(1500, 3)]
    [InlineData(2500, 8)]
    public void After_each_implementation_edit_the_warm_check_equals_a_whole_check(int implementations, int seed)
    {
        using var catalog = TempCatalog.Empty();
        new ProvinceGenerator(implementations, seed).Write(catalog.CatalogDir);
        var location = CatalogLocation.Find(catalog.CatalogDir)!;
        var files = Directory.GetFiles(Path.Combine(catalog.CatalogDir, "implementations"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(catalog.CatalogDir, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("load", Agree(location)); // the first run stores the whole result

        // A plain edit.
        catalog.Replace(files[10], "hours: ", "hours: 周一至周五 ");
        Assert.Contains("incremental", Agree(location));

        // Two items of one region under one name: the later one of the region is reported.
        var folder = Path.GetDirectoryName(files[1])!.Replace('\\', '/') + "/";
        var region = files.Where(f => f.StartsWith(folder, StringComparison.Ordinal)).ToList();
        var taken = catalog.Read(StandardOf(region[0])).Split('\n').First(l => l.StartsWith("name: ", StringComparison.Ordinal));
        catalog.Replace(region[^1], "status: ", taken + "\nstatus: ");
        var named = Agree(location, expectFinding: region[^1]);
        Assert.Contains("incremental", named);

        // The name given back: the finding must go, from the stored result too.
        catalog.Replace(region[^1], taken + "\nstatus: ", "status: ");
        Assert.Contains("incremental", Agree(location));

        // An unknown agency, and a promise longer than the law (reported at the file and summed up at its standard).
        var agencyLine = catalog.Read(files[files.Count / 3]).Split('\n').First(l => l.StartsWith("agency: ", StringComparison.Ordinal));
        catalog.Replace(files[files.Count / 3], agencyLine, "agency: 91360000000000000X");
        catalog.Replace(files[files.Count / 2], "promisedLimit:\n  days: ", "promisedLimit:\n  days: 9");
        Assert.Contains("incremental", Agree(location, expectFinding: files[files.Count / 3]));

        // The unknown agency suppressed in its file: counted as suppressed, then reported again when the comment goes.
        var code = catalog.Read(files[files.Count / 3]).Split('\n').First(l => l.StartsWith("code: ", StringComparison.Ordinal));
        catalog.Replace(files[files.Count / 3], code + "\n", code + "\n# catalog-disable CAT0008 until 2099-12-31: 机构登记中\n");
        Assert.Contains("incremental", Agree(location));
        catalog.Replace(files[files.Count / 3], "# catalog-disable CAT0008 until 2099-12-31: 机构登记中\n", "");
        Assert.Contains("incremental", Agree(location, expectFinding: files[files.Count / 3]));

        // A file deleted, and a well-named new one (another agency of the same region and standard).
        catalog.Delete(files[20]);
        var model = files[30];
        var parts = Path.GetFileNameWithoutExtension(model).Split('-');
        var added = Path.GetDirectoryName(model)!.Replace('\\', '/') + "/" + parts[0] + "-" + parts[1] + "-113601011000000000.yaml";
        catalog.Write(added, catalog.Read(model).Replace(parts[2], "113601011000000000", StringComparison.Ordinal));
        Assert.Contains("incremental", Agree(location, expectFinding: added));

        // A standard changed: everything of it may change, so the whole check runs.
        var standard = StandardOf(files[40]);
        catalog.Replace(standard, "levels:\n", "levels:\n  - 省级\n");
        Assert.Contains("load", Agree(location));

        // A misnamed file (its code is not its name): paths no longer find what pairs with it.
        catalog.Replace(files[50], "code: ", "code: X");
        Assert.Contains("load", Agree(location));
        catalog.Replace(files[60], "hours: ", "hours: 周末 ");
        Assert.Contains("load", Agree(location));
        catalog.Replace(files[50], "code: X", "code: ");
        Assert.Contains("load", Agree(location));
        catalog.Replace(files[60], "hours: 周末 ", "hours: ");
        Assert.Contains("incremental", Agree(location));
    }

    [Fact]
    public void A_bundle_member_edited_falls_back_to_the_whole_check_and_agrees()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var location = CatalogLocation.Find(catalog.CatalogDir)!;
        Agree(location);
        const string member = "implementations/230123/GG00501001-230123-11230123004381285X.yaml";
        catalog.Replace(member, "status: 在用", "status: 已停用");
        Assert.Contains("load", Agree(location));
        catalog.Replace("implementations/230123/QR00101001-230123-1123012309123934XA.yaml", "hours: ", "hours: 周一至周五 ");
        Assert.Contains("incremental", Agree(location));
    }

    [Fact]
    public void A_duplicate_code_in_another_folder_survives_an_edit_beside_it()
    {
        // G's code is also H's, in another region folder (H says its region is that folder's, so
        // neither is misnamed): CAT0016 is reported on G. An edit of another file in G's folder
        // re-reports the folder; without H loaded the finding would silently disappear.
        using var catalog = TempCatalog.CopyOfSample();
        var location = CatalogLocation.Find(catalog.CatalogDir)!;
        const string g = "implementations/230123/GG00101001-230123-112301230079031306.yaml";
        const string h = "implementations/230100/GG00101001-230123-112301230079031306.yaml";
        catalog.Write(h, catalog.Read(g).Replace("region: \"230123\"", "region: \"230100\"", StringComparison.Ordinal));
        Agree(location, expectFinding: g);
        catalog.Replace("implementations/230123/CJ00101001-230123-112301230696413329.yaml", "hours: ", "hours: 周一至周五 ");
        Agree(location, expectFinding: g);
    }

    private static string StandardOf(string implementation) => "standards/" + Path.GetFileName(implementation).Split('-')[0] + ".yaml";

    /// <summary>Checks warm (through the cache) and uncached; asserts the same diagnostics and summary; returns the warm run's phases.</summary>
    private static List<string> Agree(CatalogLocation location, string? expectFinding = null)
    {
        var phases = new List<string>();
        CheckResult warm;
        using (var session = SourceSession.Over(location, FileCache.Open(location, TimeSpan.Zero, TimeProvider.System)))
        {
            warm = session.Check(new CatalogChecker(RuleSet.All, Clock), null, Today, KnownRules, phases.Add);
        }
        using var plain = SourceSession.Open(location, useCache: false, Clock);
        var whole = plain.Check(new CatalogChecker(RuleSet.All, Clock), null, Today, KnownRules);
        Assert.Equal(Lines(whole), Lines(warm));
        Assert.Equal(Figures(whole.Summary), Figures(warm.Summary));
        Assert.Equal(whole.Summary.Suppressed, warm.Summary.Suppressed);
        if (expectFinding is not null) Assert.Contains(warm.Diagnostics, d => d.File == expectFinding && d.Rule.Id != "CAT0093");
        return phases;
    }

    private static DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().Date);

    private static List<string> Lines(CheckResult result) =>
        result.Diagnostics.Select(d => $"{d.File}:{d.Line}:{d.Column} {d.Severity} {d.Rule.Id} [{d.Item}] {d.Message(Lang.En)}").ToList();

    private static string Figures(CheckSummary s) =>
        $"{s.Files} {s.StandardItems} {s.Implementations} {s.RegistryEntries} {s.Errors} {s.Warnings} {s.Infos} {s.Suppressed} {s.Rules} "
        + string.Join(",", s.FilesByKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}={k.Value}"));
}
