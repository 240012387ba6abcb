using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// Publish runs every rule first: a catalog with errors is not published (exit 1, errors listed,
/// nothing written); --skip-invalid publishes the items without errors and lists the others.
/// validUntil comes from the commit time or the clock, never a fixed date; a bundle expired at birth is an error.
/// </summary>
public sealed class PublishGateTests
{
    private const string File = "implementations/230125/CJ00101001-230125-112301250745715780.yaml";
    private const string Code = "CJ00101001-230125-112301250745715780";

    private static CliOutcome Publish(TempCatalog catalog, string output, params string[] extra) =>
        CliRun.Run(["publish", "--catalog", catalog.CatalogDir, "-o", output, "--templates", RepoPaths.Templates, .. extra]);

    private static void PlantBadContacts(TempCatalog catalog)
    {
        catalog.Replace(File, "  phone: 0451-51757826\n", "  phone: 0451-5175\n");
        catalog.Replace(File, "  email: bxzfzwfw@harbin.gov.cn\n", "  email: 'javascript:alert(1)'\n");
    }

    [Fact]
    public void A_catalog_with_errors_is_not_published_and_its_errors_are_listed()
    {
        using var catalog = TempCatalog.CopyOfSample();
        PlantBadContacts(catalog);
        var output = Path.Combine(catalog.Root, "out");
        var outcome = Publish(catalog, output);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("个错误，未发布（未写入任何文件）", outcome.Error);
        Assert.Contains(File + ":", outcome.Error);
        Assert.Contains($"CAT", outcome.Error);
        Assert.Contains($"[{Code}]", outcome.Error);
        Assert.False(Directory.Exists(Path.Combine(output, "web")));
    }

    [Fact]
    public void Skip_invalid_publishes_the_rest_and_lists_what_it_left_out()
    {
        using var catalog = TempCatalog.CopyOfSample();
        PlantBadContacts(catalog);
        var output = Path.Combine(catalog.Root, "out");
        var outcome = Publish(catalog, output, "--skip-invalid");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Contains("--skip-invalid：1 个事项有错误，未发布", outcome.Error);
        Assert.Contains("  " + Code, outcome.Error);
        Assert.False(System.IO.File.Exists(Path.Combine(output, "web", "guides", Code + ".html")));
        Assert.False(System.IO.File.Exists(Path.Combine(output, "mobile", "items", Code + ".json")));
        Assert.True(System.IO.File.Exists(Path.Combine(output, "web", "guides", "GG00101001-230125-11230125010320163G.html")));
        var manifest = BundleManifest.Parse(System.IO.File.ReadAllBytes(Path.Combine(output, "web", "manifest.json")), out _)!;
        Assert.Equal(246, manifest.Items.Count);
        Assert.All(Directory.GetFiles(Path.Combine(output, "web", "search"), "*.js", SearchOption.AllDirectories), f => Assert.DoesNotContain("javascript:alert", System.IO.File.ReadAllText(f)));
    }

    [Fact]
    public void Skip_invalid_in_english_names_the_left_out_item_too()
    {
        using var catalog = TempCatalog.CopyOfSample();
        PlantBadContacts(catalog);
        var outcome = Publish(catalog, Path.Combine(catalog.Root, "out"), "--skip-invalid", "--lang", "en");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("--skip-invalid: 1 items with errors were left out", outcome.Error);
    }

    [Fact]
    public void Outside_git_the_bundle_is_dated_by_the_injected_clock_not_a_fixed_date()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var output = Path.Combine(catalog.Root, "out");
        var outcome = Publish(catalog, output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var manifest = BundleManifest.Parse(System.IO.File.ReadAllBytes(Path.Combine(output, "web", "manifest.json")), out _)!;
        Assert.Equal("2026-11-22T01:00:00Z", manifest.SourceTime);
        Assert.Equal("2026-12-22T01:00:00Z", manifest.ValidUntil);
        Assert.Equal(20261122010000, manifest.BundleVersion);
        Assert.Equal("unversioned", manifest.SourceCommit);
    }

    [Fact]
    public void A_bundle_expired_at_birth_is_an_error_and_nothing_is_written()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out-expired");
        var late = new FixedClock(GitCatalog.FirstCommit.AddDays(31));
        var outcome = CliRun.RunAt(late, ["publish", "--catalog", repo.CatalogDir, "-o", output, "--templates", RepoPaths.Templates, "--key", repo.PrivateKey]);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("发布包生成即已过期", outcome.Error);
        Assert.False(Directory.Exists(output));
        var longer = CliRun.RunAt(late, ["publish", "--catalog", repo.CatalogDir, "-o", output, "--templates", RepoPaths.Templates, "--key", repo.PrivateKey, "--valid-days", "60"]);
        Assert.True(longer.ExitCode == 0, longer.Error);
    }

    [Fact]
    public void A_validity_beyond_the_ceiling_is_refused()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var outcome = Publish(catalog, Path.Combine(catalog.Root, "out"), "--valid-days", "3650");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--valid-days 必须在 1 到 366 之间", outcome.Error);
    }
}
