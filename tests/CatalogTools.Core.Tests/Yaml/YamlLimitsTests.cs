using System.Text;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Yaml;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Yaml;

/// <summary>
/// The YAML readers stop at <see cref="YamlLimits"/> and say which limit, where: alias bombs, cycles,
/// deep nesting (flow and block, through both readers), long values, oversized documents, too many nodes.
/// </summary>
public sealed class YamlLimitsTests
{
    private static string AliasBomb() => HostileYaml.AliasBomb();

    private static string DeepFlow(int depth) => HostileYaml.DeepFlow(depth);

    private static string DeepBlock(int depth) => HostileYaml.DeepBlock(depth);

    [Fact]
    public void AnAliasBombStopsAtTheExpansionLimitWhereTheLimitIsCrossed()
    {
        var read = YamlDocumentReader.ReadText(AliasBomb());
        Assert.Null(read.Root);
        Assert.False(read.IsReadable);
        var problem = Assert.Single(read.Problems);
        Assert.Equal(YamlProblemKind.Limit, problem.Kind);
        Assert.Equal(nameof(YamlLimit.AliasExpansion), problem.Key);
        // a4 is the first level whose aliases add more than 10,000 nodes (9 × 9^3 … the line of a4 or a5).
        Assert.InRange(problem.Line, 6, 8);
        Assert.Contains("10,000", problem.Detail.In(Lang.Zh));
    }

    [Fact]
    public void AFewAliasesWithinTheLimitStillRead()
    {
        var read = YamlDocumentReader.ReadText("code: CJ00101001\nbase: &b\n  days: 5\n  unit: 工作日\ncopy: *b\n");
        Assert.True(read.IsReadable);
        Assert.Same(read.Root!.Get("base"), read.Root.Get("copy"));
    }

    [Fact]
    public void AnAliasInsideTheNodeItNamesIsRefused()
    {
        var read = YamlDocumentReader.ReadText("code: X\nloop: &a\n  - 1\n  - *a\n");
        var problem = Assert.Single(read.Problems);
        Assert.Equal(YamlProblemKind.Limit, problem.Kind);
        Assert.Equal((4, 5), (problem.Line, problem.Column));
        Assert.Null(read.Root);
    }

    [Theory]
    [InlineData(20_000, true)]
    [InlineData(65, true)]
    [InlineData(64, false)]
    public void DeepFlowNestingIsALimitNotAStackOverflow(int depth, bool refused)
    {
        var read = YamlDocumentReader.ReadText(DeepFlow(depth - 1)); // the root mapping is one level
        Assert.Equal(refused, read.Problems.Any(p => p.Key == nameof(YamlLimit.Depth)));
        if (refused) Assert.Equal((2, 13 + 64 - 1), (read.Problems[0].Line, read.Problems[0].Column));
    }

    [Fact]
    public void DeepBlockNestingIsReportedThoughTheDirectReaderTriesItFirst()
    {
        var read = YamlDocumentReader.ReadText(DeepBlock(3_000));
        var problem = Assert.Single(read.Problems);
        Assert.Equal(nameof(YamlLimit.Depth), problem.Key);
        Assert.Equal(66, problem.Line); // line L holds the mapping at depth L - 1
    }

    [Fact]
    public void LongValuesOversizedDocumentsAndTooManyNodesAreLimits()
    {
        var limits = new YamlLimits(MaxDocumentBytes: 1_000, MaxDepth: 64, MaxAliasExpansion: 10, MaxScalarLength: 20, MaxNodes: 30);
        var longValue = YamlDocumentReader.ReadText("code: X\nname: " + new string('长', 21) + "\n", limits);
        Assert.Equal((nameof(YamlLimit.ScalarLength), 2, 7), (longValue.Problems[0].Key, longValue.Problems[0].Line, longValue.Problems[0].Column));
        var big = YamlDocumentReader.Read(Encoding.UTF8.GetBytes("a: " + new string('x', 1_000)), limits);
        Assert.Equal(nameof(YamlLimit.DocumentSize), big.Problems[0].Key);
        var many = YamlDocumentReader.ReadText("list:\n" + string.Concat(Enumerable.Repeat("  - x\n", 40)), limits);
        Assert.Equal(nameof(YamlLimit.Nodes), many.Problems[0].Key);
        var quotedMany = YamlDocumentReader.ReadText("list: [" + string.Join(", ", Enumerable.Repeat("x", 40)) + "]\n", limits);
        Assert.Equal(nameof(YamlLimit.Nodes), quotedMany.Problems[0].Key);
    }

    [Fact]
    public void TheLoaderReportsALimitAsCat0025AtItsPlaceForTheItem()
    {
        var loader = new FileLoader(SchemaSet.Load(RepoPaths.Schemas));
        var result = loader.Load("standards/CJ00101001.yaml", Encoding.UTF8.GetBytes(AliasBomb()));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("CAT0025", d.Rule.Id);
        Assert.Equal("CJ00101001", d.Item);
        Assert.False(result.File.Readable);
        Assert.Contains("别名（*）展开后超过 10,000 个节点", d.Message(Core.Diagnostics.Lang.Zh));
        Assert.Contains("aliases (*) expand to more than 10,000 nodes", d.Message(Core.Diagnostics.Lang.En));
    }
}
