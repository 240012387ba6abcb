using System.Text.Json;
using System.Text.RegularExpressions;
using CatalogTools.Core.Tests.Checking;
using CatalogTools.Tests.Shared;
using NJsonSchema;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace CatalogTools.Core.Tests.Cli;

/// <summary>`catalog check` output formats, counted and validated against independent sources.</summary>
public sealed class CheckOutputTests
{
    private static readonly string SarifSchemaPath = Path.Combine(RepoPaths.Root, "tests", "CatalogTools.Core.Tests", "Fixtures", "Sarif", "sarif-schema-2.1.0.json");

    [Fact]
    public void JsonCountsEveryFileAndItemOfTheSample()
    {
        var outcome = CliRun.Run("check", "--catalog", RepoPaths.SampleCatalog, "--format", "json");
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        using var json = JsonDocument.Parse(outcome.Out);
        var summary = json.RootElement.GetProperty("summary");

        // Independent count: the files on disk, and the entries of each registry read with YamlDotNet's own model.
        var root = RepoPaths.SampleCatalog;
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(p => p.StartsWith('.')))
            .ToList();
        var standards = files.Count(f => f.StartsWith("standards/", StringComparison.Ordinal));
        var implementations = files.Count(f => f.StartsWith("implementations/", StringComparison.Ordinal));
        var registries = files.Where(f => f.StartsWith("registries/", StringComparison.Ordinal)).ToList();
        var registryEntries = registries.Sum(f =>
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(Path.Combine(root, f))));
            var mapping = (YamlMappingNode)stream.Documents[0].RootNode;
            return mapping.Children.Values.OfType<YamlSequenceNode>().Sum(s => s.Children.Count);
        });

        Assert.Equal(files.Count, summary.GetProperty("files").GetInt32());
        Assert.Equal(standards, summary.GetProperty("standardItems").GetInt32());
        Assert.Equal(implementations, summary.GetProperty("implementations").GetInt32());
        Assert.Equal(standards + implementations, summary.GetProperty("items").GetInt32());
        Assert.Equal(registryEntries, summary.GetProperty("registryEntries").GetInt32());
        var byKind = summary.GetProperty("filesByKind");
        Assert.Equal(standards, byKind.GetProperty("standard").GetInt32());
        Assert.Equal(implementations, byKind.GetProperty("implementation").GetInt32());
        Assert.Equal(registries.Count, byKind.GetProperty("registry").GetInt32());
        Assert.Equal(1, byKind.GetProperty("policy").GetInt32());
        Assert.Equal(0, summary.GetProperty("errors").GetInt32());
        Assert.Empty(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        // The issue's minimum sample size.
        Assert.True(standards >= 20 && implementations >= 150, $"{standards} standards, {implementations} implementations");
    }

    [Fact]
    public async Task SarifOfTheCleanSampleIsValidSarif210()
    {
        var outcome = CliRun.Run("check", "--catalog", RepoPaths.SampleCatalog, "--format", "sarif");
        Assert.Equal(0, outcome.ExitCode);
        await AssertValidSarif(outcome.Out);
    }

    [Fact]
    public async Task SarifWithEveryDefectIsValidSarif210AndMatchesJson()
    {
        using var catalog = CopyWithEveryDefect();
        var sarif = CliRun.Run("check", "--catalog", catalog.CatalogDir, "--format", "sarif");
        Assert.Equal(1, sarif.ExitCode);
        await AssertValidSarif(sarif.Out);

        var json = CliRun.Run("check", "--catalog", catalog.CatalogDir, "--format", "json");
        using var jsonDoc = JsonDocument.Parse(json.Out);
        using var sarifDoc = JsonDocument.Parse(sarif.Out);
        var run = sarifDoc.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var fromSarif = run.GetProperty("results").EnumerateArray().Select(r =>
        {
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()]);
            return $"{r.GetProperty("ruleId").GetString()} {r.GetProperty("level").GetString()} {location.GetProperty("artifactLocation").GetProperty("uri").GetString()}:{location.GetProperty("region").GetProperty("startLine").GetInt32()}:{location.GetProperty("region").GetProperty("startColumn").GetInt32()}";
        }).ToList();
        var fromJson = jsonDoc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d =>
            $"{d.GetProperty("rule").GetString()} {SarifLevel(d.GetProperty("severity").GetString())} {d.GetProperty("file").GetString()}:{d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()}").ToList();
        Assert.Equal(fromJson, fromSarif);
        Assert.True(fromSarif.Count >= 20);
    }

    [Fact]
    public void GithubFormatWritesOneAnnotationPerDiagnostic()
    {
        using var catalog = CopyWithEveryDefect();
        var outcome = CliRun.Run("check", "--catalog", catalog.CatalogDir, "--format", "github");
        Assert.Equal(1, outcome.ExitCode);
        var lines = outcome.Out.TrimEnd('\n').Split('\n');
        var annotation = new Regex(@"^::(error|warning|notice) file=([^,:]+),line=(\d+),col=(\d+),title=(CAT\d{4}) [^:]+::(.+)$");
        var annotations = lines[..^1];
        Assert.All(annotations, line => Assert.Matches(annotation, line));
        Assert.StartsWith("检查了", lines[^1]);

        var json = CliRun.Run("check", "--catalog", catalog.CatalogDir, "--format", "json");
        using var doc = JsonDocument.Parse(json.Out);
        var expected = doc.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("file").GetString()}:{d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()}:{d.GetProperty("rule").GetString()}").ToList();
        var actual = annotations.Select(l => annotation.Match(l)).Select(m => $"{m.Groups[2].Value}:{m.Groups[3].Value}:{m.Groups[4].Value}:{m.Groups[5].Value}").ToList();
        Assert.Equal(expected, actual);
        Assert.Contains(annotations, l => l.StartsWith("::error file=catalog/registries/agencies.yaml,", StringComparison.Ordinal) && l.Contains("[11230125876543210F]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--format", "text", "--format", "sarif", "--output", "SARIF")]
    [InlineData("--format", "sarif", "--output", "SARIF", "--format", "text")]
    [InlineData("--format=text", "--format=sarif", "--output=SARIF")]
    public async Task TextToTheConsoleAndSarifToAFileInOneRun(params string[] options)
    {
        using var catalog = CopyWithEveryDefect();
        var sarifFile = Path.Combine(catalog.Root, "out", "check.sarif");
        var outcome = CliRun.Run(["check", "--catalog", catalog.CatalogDir, .. options.Select(o => o.Replace("SARIF", sarifFile, StringComparison.Ordinal))]);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("registries/agencies.yaml", outcome.Out);
        Assert.Contains("错误 CAT0013 [11230125876543210F]", outcome.Out);
        Assert.Contains("检查了", outcome.Out);
        Assert.DoesNotContain("\"runs\"", outcome.Out);
        Assert.True(File.Exists(sarifFile));
        await AssertValidSarif(await File.ReadAllTextAsync(sarifFile));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(sarifFile)!, "*.tmp-*"));
    }

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return error;
            if (error is NJsonSchema.Validation.ChildSchemaValidationError child)
            {
                foreach (var inner in Flatten(child.Errors.SelectMany(e => e.Value))) yield return inner;
            }
        }
    }

    private static TempCatalog CopyWithEveryDefect()
    {
        var catalog = TempCatalog.CopyOfSample();
        foreach (var name in DefectFixture.Names()) DefectFixture.Load(name).ApplyTo(catalog);
        return catalog;
    }

    internal static async Task AssertValidSarif(string text)
    {
        var schema = await JsonSchema.FromFileAsync(SarifSchemaPath);
        var errors = Flatten(schema.Validate(text)).ToList();
        Assert.True(errors.Count == 0, "SARIF 2.1.0 schema errors:\n" + string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind} {e.Property}")));
        using var doc = JsonDocument.Parse(text);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
    }

    /// <summary>SARIF has no "info": an informational diagnostic is a "note".</summary>
    private static string? SarifLevel(string? severity) => severity == "info" ? "note" : severity;
}
