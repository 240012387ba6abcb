using System.Text;
using CatalogTools.Core.Tests.Cli.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Cli;

/// <summary>
/// The CI recipes of docs/ci/ as written: a real git repository with a pull-request branch, the
/// recipes' commands (docs/ci/catalog-ci.sh, which the GitHub, GitLab and Jenkins recipes all run)
/// with the real CLI. Every annotation and every SARIF, GitLab Code Quality and JUnit location must
/// name a file `git ls-files` lists, at a line that holds the reported element; every step reports
/// although the first one fails.
/// </summary>
public sealed class CiRecipeTests
{
    private const string Reformatted = "implementations/230125/CJ00101001-230125-112301250745715780.yaml";
    private const string Mistyped = "implementations/230126/QR00101001-230126-11230126097215760D.yaml";

    [Fact]
    public async Task EveryStepReportsAndEveryLocationLandsOnATrackedFileAndTheElementsLine()
    {
        var repository = Directory.CreateTempSubdirectory("catalog-ci-").FullName;
        try
        {
            TempCatalog.CopyDirectory(RepoPaths.SampleCatalog, Path.Combine(repository, "catalog"));
            TempCatalog.CopyDirectory(RepoPaths.Schemas, Path.Combine(repository, "schemas"));
            TempCatalog.CopyDirectory(Path.Combine(RepoPaths.Root, "docs", "ci"), Path.Combine(repository, "docs", "ci"));
            TempCatalog.CopyDirectory(Path.Combine(RepoPaths.Root, "docs", "rules"), Path.Combine(repository, "docs", "rules"));
            File.Copy(Path.Combine(RepoPaths.Root, "catalog.lock"), Path.Combine(repository, "catalog.lock"));
            File.Copy(Path.Combine(RepoPaths.Root, ".gitattributes"), Path.Combine(repository, ".gitattributes"));
            File.WriteAllText(Path.Combine(repository, ".gitignore"), ".catalog-cache/\ncatalog-reports/\n");
            ProcessRun.MustGit(repository, "init", "-q", "-b", "main");
            ProcessRun.MustGit(repository, "add", "-A");
            ProcessRun.MustGit(repository, "commit", "-q", "-m", "初始目录");

            // The pull request: one file reformatted badly, one agency mistyped (and not locked).
            ProcessRun.MustGit(repository, "checkout", "-q", "-b", "pr");
            var input = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "CatalogTools.Core.Tests", "Fixtures", "Fmt", "input.yaml"), Encoding.UTF8);
            File.WriteAllText(Path.Combine(repository, "catalog", Reformatted), input);
            var mistyped = Path.Combine(repository, "catalog", Mistyped);
            var text = File.ReadAllText(mistyped);
            Assert.Contains("agency: 11230126097215760D", text);
            File.WriteAllText(mistyped, text.Replace("agency: 11230126097215760D", "agency: 112301251234567889", StringComparison.Ordinal));
            ProcessRun.MustGit(repository, "commit", "-q", "-am", "修改两个实施清单");
            var head = ProcessRun.MustGit(repository, "rev-parse", "HEAD").Out.Trim();

            var run = ProcessRun.Run("bash", ["docs/ci/catalog-ci.sh", "main", "github"], repository, new Dictionary<string, string?>
            {
                ["CATALOG"] = Path.Combine(AppContext.BaseDirectory, "catalog"),
                ["GITHUB_SERVER_URL"] = "https://github.com",
                ["GITHUB_REPOSITORY"] = "province/catalog",
                ["GITHUB_SHA"] = head,
            });
            Assert.True(run.ExitCode == 1, run.ToString());
            foreach (var step in new[] { "fmt", "lock", "check", "diff" }) Assert.Contains($"== catalog {step}: exit", run.Error);

            var tracked = ProcessRun.MustGit(repository, "ls-files").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            var reports = Path.Combine(repository, "catalog-reports");
            var byFormat = new Dictionary<string, List<ReportFinding>>
            {
                ["github"] = ReportLocations.ReadFindings("github", run.Out),
                ["sarif"] = [],
                ["gitlab"] = ReportLocations.ReadFindings("gitlab", await File.ReadAllTextAsync(Path.Combine(reports, "codequality.json"))),
                ["junit"] = [],
            };
            foreach (var step in new[] { "fmt", "lock", "check" })
            {
                var sarif = await File.ReadAllTextAsync(Path.Combine(reports, step + ".sarif"));
                await CheckOutputTests.AssertValidSarif(sarif);
                Assert.Contains($"\"id\": \"catalog/{step}/\"", sarif);
                Assert.Contains($"\"helpUri\": \"https://github.com/province/catalog/blob/{head}/docs/rules/", sarif);
                byFormat["sarif"].AddRange(ReportLocations.ReadFindings("sarif", sarif));
                byFormat["junit"].AddRange(ReportLocations.ReadFindings("junit", await File.ReadAllTextAsync(Path.Combine(reports, step + ".junit.xml"))));
            }
            Assert.True(File.Exists(Path.Combine(reports, "diff.md")));

            var agencyLine = LineOf(repository, "catalog/" + Mistyped, "agency: 112301251234567889");
            var codeLine = LineOf(repository, "catalog/" + Mistyped, "code: ");
            var expectedLines = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "CatalogTools.Core.Tests", "Fixtures", "Fmt", "expected.yaml"), Encoding.UTF8).Split('\n');
            var inputLines = input.Split('\n');
            var firstDifference = Enumerable.Range(0, inputLines.Length).First(i => i >= expectedLines.Length || inputLines[i] != expectedLines[i]) + 1;
            foreach (var (format, findings) in byFormat)
            {
                foreach (var f in findings)
                {
                    Assert.True(tracked.Contains(f.File), $"{format}: {f.File} is not a file git ls-files lists");
                    Assert.InRange(f.Line, 1, File.ReadAllLines(Path.Combine(repository, f.File)).Length);
                }
                // Each step's finding, at the line that holds its element.
                Assert.Contains(new ReportFinding("CAT0020", "catalog/" + Reformatted, firstDifference), findings);
                Assert.Contains(new ReportFinding("CAT0101", "catalog/" + Mistyped, codeLine), findings);
                Assert.Contains(new ReportFinding("CAT0008", "catalog/" + Mistyped, agencyLine), findings);
            }
        }
        finally
        {
            Directory.Delete(repository, recursive: true);
        }
    }

    private static int LineOf(string repository, string file, string text) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(repository, file)), l => l.StartsWith(text, StringComparison.Ordinal)) + 1;
}
