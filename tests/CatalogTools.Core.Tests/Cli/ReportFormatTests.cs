using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Reporting;
using CatalogTools.Core.Tests.Checking;
using CatalogTools.Core.Tests.Cli.Support;
using CatalogTools.Rules;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Cli;

/// <summary>
/// Every report format names files from the repository root (for a catalog outside git: the
/// folder holding catalog/ and catalog.lock), and carries what its consumer reads: SARIF for code
/// scanning, GitLab Code Quality, JUnit; fmt --check and lock --check take the same formats.
/// </summary>
public sealed class ReportFormatTests
{
    public static readonly TheoryData<string> Formats = ["json", "github", "sarif", "gitlab", "junit"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryLocationIsARealFileFromTheRepositoryRootAtARealLine(string format)
    {
        using var catalog = CopyWithEveryDefect();
        var report = CliRun.Run("check", "--catalog", catalog.CatalogDir, "--format", format);
        Assert.True(report.ExitCode == 1, report.Out + report.Error);
        var locations = ReportLocations.Read(format, report.Out);
        Assert.True(locations.Count >= 20, $"{locations.Count} locations");
        foreach (var (file, line) in locations)
        {
            Assert.StartsWith("catalog/", file);
            var path = Path.Combine(catalog.Root, file);
            Assert.True(File.Exists(path), $"{file} does not exist under the repository root");
            Assert.InRange(line, 1, Math.Max(1, File.ReadAllBytes(path).Count(b => b == (byte)'\n') + 1));
        }
        // The same places as the JSON report (JUnit groups by file, so compare as sets).
        var json = ReportLocations.Read("json", CliRun.Run("check", "--catalog", catalog.CatalogDir, "--format", "json").Out);
        Assert.True(json.ToHashSet().SetEquals(locations), $"{format} and json name different places");
    }

    [Fact]
    public async Task SarifIsValidAndCarriesBaseVersionRulePagesAndBothTitles()
    {
        using var catalog = CopyWithEveryDefect();
        var sarif = CliRun.Run("check", "--catalog", catalog.CatalogDir, "--format", "sarif");
        await CheckOutputTests.AssertValidSarif(sarif.Out);
        using var doc = JsonDocument.Parse(sarif.Out);
        var run = doc.RootElement.GetProperty("runs")[0];

        var srcRoot = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        Assert.Equal(new Uri(catalog.Root + "/").AbsoluteUri, srcRoot);
        Assert.Equal("catalog/check/", run.GetProperty("automationDetails").GetProperty("id").GetString());

        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal(ProjectVersion(), driver.GetProperty("version").GetString());
        Assert.Equal(ProjectVersion(), driver.GetProperty("semanticVersion").GetString());
        Assert.False(driver.TryGetProperty("informationUri", out _), "no placeholder home page");

        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.True(rules.Count >= 10);
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            var descriptor = RuleSet.Descriptors.Single(d => d.Id == id);
            var title = rule.GetProperty("shortDescription").GetProperty("text").GetString()!;
            Assert.Contains(descriptor.TitleZh, title);
            Assert.Contains(descriptor.TitleEn, title);
            // The rule's page: a real file (the tool's packed copy, since this catalog's repository has no docs/rules).
            var help = new Uri(rule.GetProperty("helpUri").GetString()!);
            Assert.True(help.IsFile && File.Exists(help.LocalPath), help.ToString());
            Assert.EndsWith($"docs/rules/{id}.md", help.LocalPath.Replace('\\', '/'));
            Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", id + ".md"), Encoding.UTF8), rule.GetProperty("help").GetProperty("markdown").GetString());
        }
    }

    [Fact]
    public void InThisRepositoryHelpUriIsTheRulePageOfTheRepository()
    {
        var catalog = DefectFixture.Load("09-unknown-agency");
        using var temp = TempCatalog.CopyOfSample();
        catalog.ApplyTo(temp);
        // A docs/rules beside the catalog, as in this repository: the pages of the repository itself are linked.
        TempCatalog.CopyDirectory(Path.Combine(RepoPaths.Root, "docs", "rules"), Path.Combine(temp.Root, "docs", "rules"));
        var sarif = CliRun.Run("check", "--catalog", temp.CatalogDir, "--format", "sarif");
        using var doc = JsonDocument.Parse(sarif.Out);
        var rule = doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.Equal(new Uri(Path.Combine(temp.Root, "docs", "rules", "CAT0008.md")).AbsoluteUri, rule.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void FingerprintsStayWhenAnEditElsewhereMovesTheFinding()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var fixture = DefectFixture.Load("09-unknown-agency");
        fixture.ApplyTo(catalog);
        var file = fixture.Expected[0].File;
        var before = Results(CliRun.Run("check", "--catalog", catalog.CatalogDir, "--format", "sarif").Out);

        catalog.Write(file, "# 备注：与检查无关的一行注释\n" + catalog.Read(file));
        var after = Results(CliRun.Run("check", "--catalog", catalog.CatalogDir, "--format", "sarif").Out);

        var moved = Assert.Single(before, r => r.File.EndsWith(file, StringComparison.Ordinal));
        var now = Assert.Single(after, r => r.File.EndsWith(file, StringComparison.Ordinal));
        Assert.Equal(moved.Line + 1, now.Line);
        Assert.Equal(moved.Fingerprint, now.Fingerprint);
        Assert.Equal(before.Select(r => r.Fingerprint).Order(), after.Select(r => r.Fingerprint).Order());

        var gitlab = CliRun.Run("check", "--catalog", catalog.CatalogDir, "--format", "gitlab");
        using var doc = JsonDocument.Parse(gitlab.Out);
        Assert.Contains(doc.RootElement.EnumerateArray(), i => i.GetProperty("fingerprint").GetString() == now.Fingerprint);
    }

    [Fact]
    public void GitlabAndJunitCountEveryFinding()
    {
        using var catalog = CopyWithEveryDefect();
        using var json = JsonDocument.Parse(CliRun.Run("check", "--catalog", catalog.CatalogDir, "--format", "json").Out);
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        var summary = json.RootElement.GetProperty("summary");

        using var gitlab = JsonDocument.Parse(CliRun.Run("check", "--catalog", catalog.CatalogDir, "--format", "gitlab").Out);
        var issues = gitlab.RootElement.EnumerateArray().ToList();
        Assert.Equal(diagnostics.Count, issues.Count);
        Assert.Equal(issues.Count, issues.Select(i => i.GetProperty("fingerprint").GetString()).Distinct().Count());
        Assert.All(issues, i => Assert.Contains(i.GetProperty("severity").GetString(), new[] { "info", "minor", "major", "critical", "blocker" }));
        Assert.Equal(summary.GetProperty("errors").GetInt32(), issues.Count(i => i.GetProperty("severity").GetString() == "major"));
        Assert.All(issues, i => Assert.StartsWith(i.GetProperty("check_name").GetString()!, i.GetProperty("description").GetString()!));

        var junitFile = Path.Combine(catalog.Root, "out", "check.junit.xml");
        var run = CliRun.Run("check", "--catalog", catalog.CatalogDir, "--format", "text", "--format", "junit", "--output", junitFile);
        Assert.Contains("检查了", run.Out);
        var junit = XDocument.Load(junitFile);
        var cases = junit.Descendants("testcase").ToList();
        Assert.Equal(diagnostics.Count + 1, cases.Count);
        Assert.Equal(summary.GetProperty("errors").GetInt32() + summary.GetProperty("warnings").GetInt32(), junit.Descendants("failure").Count());
        Assert.Equal((diagnostics.Count + 1).ToString(), junit.Root!.Attribute("tests")!.Value);
        Assert.Contains(cases, c => c.Element("system-out")?.Value.StartsWith("检查了", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task FmtCheckReportsEachFileAtItsFirstDifferingLineInEveryFormat()
    {
        const string target = "implementations/230125/CJ00101001-230125-112301250745715780.yaml";
        var fixtures = Path.Combine(RepoPaths.Root, "tests", "CatalogTools.Core.Tests", "Fixtures", "Fmt");
        var input = File.ReadAllText(Path.Combine(fixtures, "input.yaml"), Encoding.UTF8);
        var expected = File.ReadAllText(Path.Combine(fixtures, "expected.yaml"), Encoding.UTF8).Split('\n');
        var lines = input.Split('\n');
        var first = Enumerable.Range(0, lines.Length).First(i => i >= expected.Length || lines[i] != expected[i]) + 1;
        using var catalog = TempCatalog.CopyOfSample();
        catalog.Write(target, input);

        var github = CliRun.Run("fmt", "--check", "--catalog", catalog.CatalogDir, "--format", "github");
        Assert.Equal(1, github.ExitCode);
        var annotation = Assert.Single(ReportLocations.Read("github", github.Out));
        Assert.Equal(new ReportLocation("catalog/" + target, first), annotation);
        Assert.Contains("CAT0020", github.Out);

        var sarifFile = Path.Combine(catalog.Root, "fmt.sarif");
        var both = CliRun.Run("fmt", "--check", "--catalog", catalog.CatalogDir, "--format", "gitlab", "--format", "sarif", "--output", sarifFile);
        Assert.Equal(1, both.ExitCode);
        Assert.Equal([new ReportLocation("catalog/" + target, first)], ReportLocations.Read("gitlab", both.Out));
        var sarif = await File.ReadAllTextAsync(sarifFile);
        await CheckOutputTests.AssertValidSarif(sarif);
        Assert.Equal([new ReportLocation("catalog/" + target, first)], ReportLocations.Read("sarif", sarif));
        Assert.Equal(input, catalog.Read(target)); // --check writes nothing

        Assert.Equal(2, CliRun.Run("fmt", "--catalog", catalog.CatalogDir, "--format", "json").ExitCode); // formats belong to --check
        Assert.Equal(0, CliRun.Run("fmt", "--catalog", catalog.CatalogDir).ExitCode);
        var clean = CliRun.Run("fmt", "--check", "--catalog", catalog.CatalogDir, "--format", "junit");
        Assert.Equal(0, clean.ExitCode);
        Assert.Single(XDocument.Parse(clean.Out).Descendants("testcase"));
    }

    [Fact]
    public void LockCheckNamesTheItemAndTheLockFromTheRepositoryRoot()
    {
        using var catalog = TempCatalog.CopyOfSample();
        Assert.Equal(0, CliRun.Run("lock", "--catalog", catalog.CatalogDir).ExitCode);
        const string standard = "standards/QR00101001.yaml";
        catalog.Replace(standard, "  - name: 居民户口簿\n", "  - name: 居民户口簿（首页及本人页）\n");
        var gitlab = CliRun.Run("lock", "--check", "--catalog", catalog.CatalogDir, "--format", "gitlab");
        Assert.Equal(1, gitlab.ExitCode);
        var stale = Assert.Single(ReportLocations.Read("gitlab", gitlab.Out));
        Assert.Equal("catalog/" + standard, stale.File);
        Assert.Contains("code:", File.ReadAllLines(Path.Combine(catalog.Root, stale.File))[stale.Line - 1]);

        File.AppendAllText(Path.Combine(catalog.Root, "catalog.lock"), "broken line\n");
        var junit = CliRun.Run("lock", "--check", "--catalog", catalog.CatalogDir, "--format", "junit");
        Assert.Contains(ReportLocations.Read("junit", junit.Out), l => l.File == "catalog.lock" && File.ReadAllLines(Path.Combine(catalog.Root, "catalog.lock"))[l.Line - 1] == "broken line");
    }

    [Fact]
    public void TextNamesFilesFromTheCurrentDirectoryInsideTheRepositoryElseAbsolute()
    {
        var root = Path.Combine(Path.GetTempPath(), "repo");
        var catalogRoot = Path.Combine(root, "catalog");
        ReportContext At(string? cwd) => new(root, catalogRoot, cwd, "check", "1.0.0", RuleHelp.None);
        Assert.Equal("catalog/standards/A.yaml", At(root).DisplayPath("standards/A.yaml"));
        Assert.Equal("../standards/A.yaml", At(Path.Combine(catalogRoot, "implementations")).DisplayPath("standards/A.yaml"));
        Assert.Equal(Path.Combine(catalogRoot, "standards", "A.yaml"), At(Path.GetTempPath()).DisplayPath("standards/A.yaml"));
        Assert.Equal("catalog.lock", At(root).RepoPath("../catalog.lock"));
        Assert.Equal("catalog/standards/A.yaml", At(Path.GetTempPath()).RepoPath("standards/A.yaml"));
    }

    [Fact]
    public void TheRepositoryRootIsTheGitWorkTreeElseTheFolderOfCatalogLock()
    {
        Assert.Equal(RepoPaths.Root, RepositoryRoot.Of(RepoPaths.SampleCatalog));
        using var catalog = TempCatalog.CopyOfSample();
        Assert.Equal(catalog.Root, RepositoryRoot.Of(catalog.CatalogDir));
        var nested = Path.Combine(catalog.Root, "province", "catalog");
        TempCatalog.CopyDirectory(catalog.CatalogDir, nested);
        Directory.CreateDirectory(Path.Combine(catalog.Root, ".git"));
        Assert.Equal(catalog.Root, RepositoryRoot.Of(nested));
    }

    private static List<(string File, int Line, string Fingerprint)> Results(string sarif)
    {
        using var doc = JsonDocument.Parse(sarif);
        return doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r =>
        {
            var physical = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            return (physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!, physical.GetProperty("region").GetProperty("startLine").GetInt32(),
                r.GetProperty("partialFingerprints").GetProperty("catalogFinding/v1").GetString()!);
        }).ToList();
    }

    /// <summary>The version the CLI project declares, read from its project file.</summary>
    private static string ProjectVersion()
    {
        var project = XDocument.Load(Path.Combine(RepoPaths.Root, "tools", "CatalogTools.Cli", "CatalogTools.Cli.csproj"));
        return project.Descendants("Version").Single().Value;
    }

    private static TempCatalog CopyWithEveryDefect()
    {
        var catalog = TempCatalog.CopyOfSample();
        foreach (var name in DefectFixture.Names()) DefectFixture.Load(name).ApplyTo(catalog);
        return catalog;
    }
}
