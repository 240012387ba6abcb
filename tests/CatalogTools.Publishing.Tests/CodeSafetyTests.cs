using CatalogTools.Core.Loading;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Rendering;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// Codes become file names, links and attributes only after they are checked against their schemes;
/// paths are made by one helper that keeps them under the output folder; codes written into pages are
/// escaped. Each case plants a traversal or markup in one code field of one implementation.
/// </summary>
public sealed class CodeSafetyTests
{
    private const string File = "implementations/230125/CJ00101001-230125-112301250745715780.yaml";
    private const string Code = "CJ00101001-230125-112301250745715780";
    public const string Traversal = "../../../x";
    public const string Markup = "\"><meta http-equiv=refresh content=\"0;url=https://evil.invalid/\">";

    public static TheoryData<string, string> Fields() => new()
    {
        { "region", Traversal }, { "region", Markup },
        { "agency", Traversal }, { "agency", Markup },
        { "standard", Traversal }, { "standard", Markup },
        { "code", Traversal }, { "code", Markup },
        { "suffix", Traversal }, { "suffix", Markup },
    };

    private static void Plant(TempCatalog catalog, string field, string value)
    {
        var yaml = "'" + value.Replace("'", "''") + "'";
        if (field == "suffix") catalog.Replace(File, "status: 在用\n", $"suffix: {yaml}\nstatus: 在用\n");
        else if (field == "code") catalog.Replace(File, $"code: {Code}\n", $"code: {yaml}\n");
        else
        {
            var line = catalog.Read(File).Split('\n').First(l => l.StartsWith(field + ": ", StringComparison.Ordinal));
            catalog.Replace(File, line + "\n", $"{field}: {yaml}\n");
        }
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Publish_refuses_a_hostile_code_and_with_skip_invalid_leaves_its_item_out_writing_nothing_outside(string field, string value)
    {
        using var catalog = TempCatalog.CopyOfSample();
        Plant(catalog, field, value);
        var root = Path.Combine(catalog.Root, "OUT");
        var output = Path.Combine(root, "pub");

        var refused = CliRun.Run("publish", "--catalog", catalog.CatalogDir, "-o", output, "--templates", RepoPaths.Templates);
        Assert.True(refused.ExitCode == 1, refused.Error);
        Assert.Contains("未发布（未写入任何文件）", refused.Error);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
        AssertNothingOutside(root, output);

        var skipped = CliRun.Run("publish", "--catalog", catalog.CatalogDir, "-o", output, "--templates", RepoPaths.Templates, "--skip-invalid");
        Assert.True(skipped.ExitCode == 0, skipped.Error);
        Assert.Contains("--skip-invalid", skipped.Error);
        AssertNothingOutside(root, output);
        foreach (var page in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            var text = System.IO.File.ReadAllText(page);
            Assert.DoesNotContain("<meta http-equiv=refresh", text);
            Assert.DoesNotContain("evil.invalid", text);
        }
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void The_publisher_itself_never_writes_a_hostile_code_even_when_no_rule_stopped_it(string field, string value)
    {
        using var catalog = TempCatalog.CopyOfSample();
        Plant(catalog, field, value);
        var root = Path.Combine(catalog.Root, "OUT");
        var output = Path.Combine(root, "pub");
        var index = new CatalogLoader(CatalogLocation.Find(catalog.CatalogDir)!).Load().Index;
        var source = new SourceVersion("unversioned", FixedClock.Default.GetUtcNow(), false);
        var request = new PublishRequest(output, ["web", "mobile", "kiosk"], RepoPaths.Templates, source, source.Time.AddDays(30), null, null);

        var refused = new Publisher().Publish(request, index);
        // An item whose standard does not resolve is not an item at all; every other hostile code stops the publish.
        Assert.True(field == "standard" ? !refused.Refused : refused.Refused && refused.SkippedItems.Count == 1 && refused.Channels.Count == 0);
        AssertNothingOutside(root, output);

        var published = new Publisher().Publish(request with { SkipInvalid = true }, index);
        Assert.Equal(3, published.Channels.Count);
        Assert.DoesNotContain(published.Listing, g => g.Code == Code || g.Code == value);
        AssertNothingOutside(root, output);
        foreach (var page in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("<meta http-equiv=refresh", System.IO.File.ReadAllText(page));
        }
    }

    [Fact]
    public void A_hostile_parent_in_the_region_registry_never_becomes_a_link_or_markup()
    {
        using var catalog = TempCatalog.CopyOfSample();
        catalog.Replace("registries/regions.yaml", "    name: 哈尔滨市\n    level: 市级\n    parent: \"230000\"\n",
            "    name: 哈尔滨市\n    level: 市级\n    parent: '\"><img src=x onerror=alert(1)>'\n");
        var output = Path.Combine(catalog.Root, "out");
        var refused = CliRun.Run("publish", "--catalog", catalog.CatalogDir, "-o", output, "--templates", RepoPaths.Templates, "--skip-invalid");
        Assert.Equal(1, refused.ExitCode); // a registry's error belongs to no item: --skip-invalid cannot leave it out
        Assert.Contains("--skip-invalid 不能跳过", refused.Error);

        var index = new CatalogLoader(CatalogLocation.Find(catalog.CatalogDir)!).Load().Index;
        var source = new SourceVersion("unversioned", FixedClock.Default.GetUtcNow(), false);
        var result = new Publisher().Publish(new PublishRequest(output, ["web", "kiosk"], RepoPaths.Templates, source, source.Time.AddDays(30), null, null), index);
        Assert.Equal(2, result.Channels.Count);
        foreach (var page in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var text = System.IO.File.ReadAllText(page);
            Assert.DoesNotContain("<img src=x", text);
            Assert.DoesNotContain("onerror=alert(1)>\"", text);
        }
    }

    [Theory]
    [InlineData("web")]
    [InlineData("kiosk")]
    public void A_hostile_code_that_reached_a_template_would_still_be_text_in_every_page(string channel)
    {
        // Below the checks: hand the templates a guide whose code, region and agency hold markup and traversal.
        var index = new CatalogLoader(CatalogLocation.Find(RepoPaths.SampleCatalog)!).Load().Index;
        var real = Publisher.Prepare(index, []).First(g => g.Code == "GG00101001-230125-11230125010320163G");
        var hostile = real with { Code = Markup + Traversal, Region = Markup, Agency = Markup };
        var source = new SourceVersion("unversioned", FixedClock.Default.GetUtcNow(), false);
        var context = new Channels.ChannelContext(TemplateSet.Load(RepoPaths.Templates, channel), index, source, [hostile]);
        var pages = new List<string> { context.Templates.Render("guide", PageModel.Guide(context, hostile, "../")) };
        if (channel == "web") pages.Add(context.Templates.Render("notice", PageModel.Guide(context, hostile, "../")));
        var tree = context.Views.Regions;
        pages.Add(context.Templates.Render("region", PageModel.Region(context, tree, Markup, 1, 20)));
        foreach (var page in pages)
        {
            Assert.DoesNotContain("<meta http-equiv=refresh", page);
            Assert.DoesNotContain("href=\"../guides/../", page);
            Assert.DoesNotContain("href=\"../notices/../", page);
        }
        Assert.Contains("data-region=\"&quot;&gt;&lt;meta http-equiv=refresh", pages[^1]);
        Assert.Contains("id=\"d-&quot;&gt;&lt;meta", pages[^1]);
        Assert.Contains("data-item=\"&quot;&gt;&lt;meta", pages[0]);
    }

    [Fact]
    public void Codes_in_pages_are_leaves_encoded_as_text_and_as_a_path_segment()
    {
        var leaf = Leaf.OfText(Markup);
        Assert.DoesNotContain("<", leaf.ToString());
        Assert.DoesNotContain("\"", leaf.ToString());
        Assert.DoesNotContain("\"", leaf.Url);
        Assert.DoesNotContain("/", Leaf.OfText(Traversal).Url);
    }

    [Theory]
    [InlineData("guides", "GG00101001-230125-11230125010320163G", true)]
    [InlineData("guides", Traversal, false)]
    [InlineData("guides", "..", false)]
    [InlineData("guides", ".git", false)]
    [InlineData("guides", "a/b", false)]
    [InlineData("guides", "a\\b", false)]
    [InlineData("guides", "", false)]
    [InlineData("guides", Markup, false)]
    public void Bundle_paths_are_made_only_from_plain_names(string folder, string name, bool allowed)
    {
        if (allowed) Assert.Equal($"{folder}/{name}.html", BundlePath.Of(folder, name, ".html"));
        else Assert.Throws<UnsafePathException>(() => BundlePath.Of(folder, name, ".html"));
    }

    [Theory]
    [InlineData("guides/a.html", true)]
    [InlineData("../x.html", false)]
    [InlineData("guides/../../x.html", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData(".git/config", false)]
    [InlineData("guides/.hidden", false)]
    [InlineData("guides//a.html", false)]
    [InlineData("c:x", false)]
    public void Resolved_paths_stay_under_their_root(string relative, bool allowed)
    {
        var root = Path.Combine(Path.GetTempPath(), "bundle-root");
        if (allowed) Assert.StartsWith(root + Path.DirectorySeparatorChar, BundlePath.Resolve(root, relative));
        else Assert.Throws<UnsafePathException>(() => BundlePath.Resolve(root, relative));
    }

    private static void AssertNothingOutside(string root, string output)
    {
        if (!Directory.Exists(root)) return;
        var outside = Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Where(p => p != output && !p.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
        Assert.Empty(outside);
        Assert.False(System.IO.File.Exists(Path.Combine(Path.GetDirectoryName(root)!, "x.html")));
    }
}
