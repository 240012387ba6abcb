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
