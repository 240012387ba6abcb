using System.Text;
using System.Text.Json;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Yaml;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Cli;

/// <summary>`catalog fmt`: one canonical form, comments and meaning kept, idempotent, syntax errors left alone.</summary>
public sealed class FmtTests
{
    private const string Target = "implementations/230125/CJ00101001-230125-112301250745715780.yaml";
    private static readonly string Fixtures = Path.Combine(RepoPaths.Root, "tests", "CatalogTools.Core.Tests", "Fixtures", "Fmt");

    [Fact]
    public void TheSampleIsInCanonicalForm()
    {
        var outcome = CliRun.Run("fmt", "--check", "--catalog", RepoPaths.SampleCatalog);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Contains("有 0 个不符合规范格式", outcome.Out);
    }

    [Fact]
    public void ABadlyFormattedFileIsListedThenRewrittenCanonically()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var input = File.ReadAllText(Path.Combine(Fixtures, "input.yaml"), Encoding.UTF8);
        var expected = File.ReadAllText(Path.Combine(Fixtures, "expected.yaml"), Encoding.UTF8);
        catalog.Write(Target, input);
        var findingsBefore = Findings(catalog);

        var check = CliRun.Run("fmt", "--check", "--catalog", catalog.CatalogDir);
        Assert.Equal(1, check.ExitCode);
        Assert.Equal(Target, check.Out.Split('\n')[0].Trim());
        Assert.Contains("有 1 个不符合规范格式", check.Out);
        Assert.Equal(input, catalog.Read(Target)); // --check writes nothing

        var fmt = CliRun.Run("fmt", "--catalog", catalog.CatalogDir);
        Assert.Equal(0, fmt.ExitCode);
        Assert.Contains(Target, fmt.Out);
        Assert.Equal(expected, catalog.Read(Target));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(catalog.PathOf(Target))!, "*.tmp-*"));

        // Same meaning: the same JSON value under YAML 1.2 (types included), and the same findings.
        Assert.True(Newtonsoft.Json.Linq.JToken.DeepEquals(JToken(input), JToken(expected)), "the canonical file means something else than the input");
        Assert.Equal(findingsBefore, Findings(catalog));

        // Idempotent: a second run changes nothing.
        var again = CliRun.Run("fmt", "--catalog", catalog.CatalogDir);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("已改写 0 个文件", again.Out);
        Assert.Equal(expected, catalog.Read(Target));
        Assert.Equal(0, CliRun.Run("fmt", "--check", "--catalog", catalog.CatalogDir).ExitCode);
    }

    [Fact]
    public void QuotedDigitStringsStayStrings()
    {
        var canonical = File.ReadAllText(Path.Combine(Fixtures, "expected.yaml"), Encoding.UTF8);
        var json = JToken(canonical);
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.String, json["region"]!.Type);
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.String, json["agency"]!.Type);
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.String, json["complaint"]!["phone"]!.Type);
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Integer, json["visits"]!.Type);
        Assert.Equal(new[] { "true", "2024-01-01", "0451", "新版指南自 2024 年起施行" }, json["notes"]!.Select(n => (string)n!).ToArray());
        Assert.All(json["notes"]!, n => Assert.Equal(Newtonsoft.Json.Linq.JTokenType.String, n.Type));
    }

    [Fact]
    public void EveryCanonicalSampleFileIsAFixedPoint()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var before = Snapshot(catalog.CatalogDir);
        var outcome = CliRun.Run("fmt", "--catalog", catalog.CatalogDir);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(before, Snapshot(catalog.CatalogDir));
    }

    [Fact]
    public void AFileWithASyntaxErrorIsLeftUntouched()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var broken = catalog.Read(Target).Replace("address:", " address:", StringComparison.Ordinal).Replace("status: 在用", "status:   \"在用\"", StringComparison.Ordinal);
        catalog.Write(Target, broken);
        var bytes = File.ReadAllBytes(catalog.PathOf(Target));

        var check = CliRun.Run("fmt", "--check", "--catalog", catalog.CatalogDir);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains(Target, check.Error);

        var fmt = CliRun.Run("fmt", "--catalog", catalog.CatalogDir);
        Assert.Equal(1, fmt.ExitCode);
        Assert.Contains(Target + ": 有语法或编码错误，未处理", fmt.Error);
        Assert.Equal(bytes, File.ReadAllBytes(catalog.PathOf(Target)));
    }

    [Fact]
    public void ACommentAfterAnInlineListIsNoSyntaxErrorAndIsNeverLost()
    {
        // YamlDotNet's comment-aware parser rejects this valid YAML; check must accept it and fmt must not drop the comment.
        using var catalog = TempCatalog.CopyOfSample();
        var text = catalog.Read(Target).Replace("channels:\n  - 网上办事大厅\n  - 政务服务移动端\n  - 窗口\n  - 自助终端\n", "channels: [网上办事大厅, 政务服务移动端, 窗口, 自助终端]\n# 渠道以窗口公示为准\n", StringComparison.Ordinal);
        Assert.Contains("# 渠道以窗口公示为准", text);
        catalog.Write(Target, text);

        var check = CliRun.Run("check", "--catalog", catalog.CatalogDir, "--format", "json");
        Assert.True(check.ExitCode == 0, check.Out);

        var fmt = CliRun.Run("fmt", "--catalog", catalog.CatalogDir);
        Assert.Equal(1, fmt.ExitCode);
        Assert.Contains(Target + ": 注释无法保留", fmt.Error);
        Assert.Equal(text, catalog.Read(Target));
    }

    private static Newtonsoft.Json.Linq.JToken JToken(string yaml)
    {
        var read = YamlDocumentReader.ReadText(yaml);
        Assert.True(read.IsReadable && read.Problems.Count == 0, string.Join("; ", read.Problems));
        return YamlToJson.Convert(read.Root!);
    }

    private static List<string> Findings(TempCatalog catalog)
    {
        var outcome = CliRun.Run("check", "--catalog", catalog.CatalogDir, "--format", "json");
        using var json = JsonDocument.Parse(outcome.Out);
        return json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("rule").GetString()} {d.GetProperty("file").GetString()} {d.GetProperty("item").GetString()}")
            .Order(StringComparer.Ordinal).ToList();
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
