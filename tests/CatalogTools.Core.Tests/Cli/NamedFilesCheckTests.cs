using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Generation;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Cli;

/// <summary>
/// `check FILE...` reads only the named files and what involves them (NamedFilesCheck). It must
/// report exactly what a whole check reports for those files: compared, file by file, with
/// `check --no-cache FILE` (which loads everything and filters the report) on generated provinces
/// with planted cross-file defects — a duplicate code in a misnamed file of another region, the same
/// name for two items of one region, a standard its implementations no longer match, an unknown agency.
/// </summary>
public sealed class NamedFilesCheckTests
{
    [Theory]
    [InlineData(1500, 3)]
    [InlineData(2500, 8)]
    public void Named_files_get_what_a_whole_check_reports_for_them(int implementations, int seed)
    {
        using var catalog = TempCatalog.Empty();
        new ProvinceGenerator(implementations, seed).Write(catalog.CatalogDir);
        // Older than the cache's racy window, so the warm run trusts their stamps (the editor's case).
        Thread.Sleep(TimeSpan.FromSeconds(3.2));
        Assert.Equal(0, Check(catalog, []).ExitCode);

        var files = Directory.GetFiles(Path.Combine(catalog.CatalogDir, "implementations"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(catalog.CatalogDir, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var planted = Plant(catalog, files);

        foreach (var named in planted.Append(files[files.Count / 2]).Select(f => new[] { f }).Append(planted.Take(2).ToArray()))
        {
            var whole = Check(catalog, named, "--no-cache");
            var scoped = Check(catalog, named);
            Assert.Equal(whole.Out, scoped.Out);
            Assert.Equal(whole.ExitCode, scoped.ExitCode);
        }
        // The planted defects are found at all (else equal outputs would prove nothing).
        Assert.Contains("CAT", Check(catalog, [planted[0]]).Out);
    }

    /// <summary>
    /// An editor's afternoon on one province, each step compared with a whole check of the same
    /// files: an edit to the named file, an edit to the standard it references, a duplicate that
    /// appears in another region's folder (found through that folder's stamp), a file elsewhere
    /// rewritten through a rename (an editor's atomic save) into the named file's region, and a
    /// 一件事 whose member was retired. Last, the one case the reverse index cannot see — a file
    /// outside the scope rewritten in place into a duplicate — and how any whole check repairs it.
    /// </summary>
    [Fact]
    public void Named_files_follow_edits_to_themselves_to_what_they_reference_and_to_folders_elsewhere()
    {
        using var catalog = TempCatalog.Empty();
        new ProvinceGenerator(1500, 11).Write(catalog.CatalogDir);
        Thread.Sleep(TimeSpan.FromSeconds(3.2));
        Assert.Equal(0, Check(catalog, []).ExitCode);
        var files = Directory.GetFiles(Path.Combine(catalog.CatalogDir, "implementations"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(catalog.CatalogDir, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var folders = files.GroupBy(FolderOf).Where(g => g.Select(StandardOf).Distinct().Count() >= 3).Select(g => g.ToList()).ToList();
        // X is the last item of its region, Y the first (so X comes second in code order); later folders hold Z, W and V.
        var region = folders[1];
        var (x, y) = (region[^1], region[0]);
        var z = folders[2][0];
        Assert.NotEqual(StandardOf(x), StandardOf(y));
        SameAsWholeCheck(catalog, x);

        // 1. The named file: X takes the name of Y's standard (同名不同码 within the region).
        catalog.Replace(x, "status: ", NameLine(catalog, y) + "\nstatus: ");
        Assert.Contains(RuleIds.SameNameDifferentCode, SameAsWholeCheck(catalog, x));

        // 2. A file it references: X's standard is retired under it.
        catalog.Replace(StandardPath(x), "status: 在用", "status: 已停用");
        Assert.Contains(RuleIds.RetiredStandardInUse, SameAsWholeCheck(catalog, x));

        // 3. A copy of X appears in the first region's folder, which sorts first: X is now the duplicate.
        catalog.Write(FolderOf(files[0]) + "/AA-copy.yaml", catalog.Read(x));
        Assert.Contains(RuleIds.DuplicateCode, SameAsWholeCheck(catalog, x));

        // 4. Z, in another folder, is saved through a rename into X's region under X's new name.
        var text = catalog.Read(z);
        var zRegion = text.Split('\n').First(l => l.StartsWith("region: ", StringComparison.Ordinal));
        var xRegion = catalog.Read(x).Split('\n').First(l => l.StartsWith("region: ", StringComparison.Ordinal));
        File.WriteAllText(catalog.PathOf(z) + ".tmp", text.Replace(zRegion, xRegion + "\n" + NameLine(catalog, y), StringComparison.Ordinal));
        File.Move(catalog.PathOf(z) + ".tmp", catalog.PathOf(z), overwrite: true);
        SameAsWholeCheck(catalog, x);
        SameAsWholeCheck(catalog, z);

        // 5. A 一件事 of X and Y; then Y is retired, so the bundle names a member nobody handles.
        var bundle = "service-bundles/YJS999999001.yaml";
        catalog.Write(bundle, string.Join('\n',
            "code: YJS999999001", "name: 测试“一件事”", xRegion, "leadAgency: " + AgencyOf(catalog, x), "status: 在用", "members:",
            "  - " + Path.GetFileNameWithoutExtension(x), "  - " + Path.GetFileNameWithoutExtension(y),
            "promisedLimit:", "  days: 1", "  unit: 工作日", "visits: 1", "consultation:", "  phone: 0451-54300843", "  email: test@example.gov.cn",
            "materials:", "  - name: 居民身份证", "    form: 原件", "    copies: 1", "    required: true", ""));
        SameAsWholeCheck(catalog, bundle);
        catalog.Replace(y, "status: 在用", "status: 已停用");
        Assert.Contains(RuleIds.BundleMember, SameAsWholeCheck(catalog, bundle));
        SameAsWholeCheck(catalog, y, bundle);

        // 6. What it cannot see: W, in a folder untouched for longer than the racy window, rewritten in
        // place (its folder's stamp unchanged) to declare V's code; W sorts first, so V is the duplicate.
        // Any whole check reads W and updates the reverse index.
        var (w, v) = (folders[3][0], folders[4][0]);
        Thread.Sleep(TimeSpan.FromSeconds(3.2));
        SameAsWholeCheck(catalog, v);
        catalog.Replace(w, "code: " + Path.GetFileNameWithoutExtension(w), "code: " + Path.GetFileNameWithoutExtension(v));
        var whole = Check(catalog, [v], "--no-cache").Out;
        Assert.Contains(RuleIds.DuplicateCode, whole);
        Assert.DoesNotContain(RuleIds.DuplicateCode, Check(catalog, [v]).Out);
        Check(catalog, []);
        Assert.Equal(whole, SameAsWholeCheck(catalog, v));
    }

    /// <summary>`check FILE...` and a whole check (no cache) filtered to the same files agree; returns the output.</summary>
    private static string SameAsWholeCheck(TempCatalog catalog, params string[] named)
    {
        var whole = Check(catalog, named, "--no-cache");
        var scoped = Check(catalog, named);
        Assert.Equal(whole.Out, scoped.Out);
        Assert.Equal(whole.ExitCode, scoped.ExitCode);
        return scoped.Out;
    }

    private static string FolderOf(string path) => path[..path.LastIndexOf('/')];

    private static string StandardOf(string path) => Path.GetFileName(path).Split('-')[0];

    private static string StandardPath(string implementation) => "standards/" + StandardOf(implementation) + ".yaml";

    private static string NameLine(TempCatalog catalog, string implementation) =>
        catalog.Read(StandardPath(implementation)).Split('\n').First(l => l.StartsWith("name: ", StringComparison.Ordinal));

    private static string AgencyOf(TempCatalog catalog, string implementation) =>
        catalog.Read(implementation).Split('\n').First(l => l.StartsWith("agency: ", StringComparison.Ordinal))["agency: ".Length..];

    /// <summary>Plants cross-file defects; returns the files involved.</summary>
    private static List<string> Plant(TempCatalog catalog, List<string> files)
    {
        // A copy of the last implementation, under another name in the first region folder: its code is a duplicate.
        var original = files[^1];
        var copy = Path.GetDirectoryName(files[0])!.Replace('\\', '/') + "/AA-copy.yaml";
        catalog.Write(copy, catalog.Read(original));

        // Two items of one region under one name (same name, different code).
        var region = files.Where(f => f.StartsWith(Path.GetDirectoryName(files[1])!.Replace('\\', '/') + "/", StringComparison.Ordinal)).ToList();
        var renamed = region[^1];
        var taken = catalog.Read("standards/" + Path.GetFileName(region[0]).Split('-')[0] + ".yaml").Split('\n').First(l => l.StartsWith("name: ", StringComparison.Ordinal));
        catalog.Replace(renamed, "status: ", taken + "\nstatus: ");

        // A standard no longer offered at the level its implementations serve.
        var implementation = files[5];
        var standard = "standards/" + Path.GetFileName(implementation).Split('-')[0] + ".yaml";
        var levels = catalog.Read(standard).Split('\n').SkipWhile(l => l != "levels:").Skip(1).TakeWhile(l => l.StartsWith("  - ", StringComparison.Ordinal)).ToList();
        catalog.Replace(standard, "levels:\n" + string.Join("\n", levels), "levels:\n  - 省级");

        // An agency no registry knows.
        var unknownAgency = files[files.Count / 3];
        var agencyLine = catalog.Read(unknownAgency).Split('\n').First(l => l.StartsWith("agency: ", StringComparison.Ordinal));
        catalog.Replace(unknownAgency, agencyLine, "agency: 91360000000000000X");

        return [original, copy, renamed, standard, implementation, unknownAgency];
    }

    private static CliOutcome Check(TempCatalog catalog, string[] paths, params string[] options) =>
        CliRun.Run(["check", "--catalog", catalog.CatalogDir, "--format", "json", "--quiet", .. options, .. paths.Select(catalog.PathOf)]);
}
