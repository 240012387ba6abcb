using System.Text.Json.Nodes;
using CatalogTools.Core.Model;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Model;

/// <summary>The schemas and Core/Model/Vocabulary hold the same controlled lists, in the same order.</summary>
public sealed class VocabularyTests
{
    public static TheoryData<string, string, string> Lists() => new()
    {
        { "elements.schema.json", "/definitions/itemType/enum", nameof(Vocabulary.ItemTypes) },
        { "cancelled-proofs.schema.json", "/properties/proofs/items/properties/scope/properties/types/items/enum", nameof(Vocabulary.ItemTypes) },
        { "elements.schema.json", "/definitions/serviceObject/enum", nameof(Vocabulary.ServiceObjects) },
        { "elements.schema.json", "/definitions/level/enum", nameof(Vocabulary.Levels) },
        { "elements.schema.json", "/definitions/status/enum", nameof(Vocabulary.Statuses) },
        { "elements.schema.json", "/definitions/timeLimit/properties/unit/enum", nameof(Vocabulary.TimeUnits) },
        { "elements.schema.json", "/definitions/material/properties/form/enum", nameof(Vocabulary.MaterialForms) },
        { "elements.schema.json", "/definitions/material/properties/source/enum", nameof(Vocabulary.MaterialSources) },
        { "elements.schema.json", "/definitions/step/properties/name/enum", nameof(Vocabulary.StandardSteps) },
        { "implementation.schema.json", "/properties/handlingType/enum", nameof(Vocabulary.HandlingTypes) },
        { "implementation.schema.json", "/properties/onlineDepth/enum", nameof(Vocabulary.OnlineDepths) },
        { "implementation.schema.json", "/properties/channels/items/enum", nameof(Vocabulary.Channels) },
        { "implementation.schema.json", "/properties/crossRegion/enum", nameof(Vocabulary.CrossRegionScopes) },
        { "laws.schema.json", "/properties/laws/items/properties/status/enum", nameof(Vocabulary.LawStatuses) },
        { "themes.schema.json", "/properties/themes/items/properties/types/items/enum", nameof(Vocabulary.ItemTypes) },
        { "elements.schema.json", "/definitions/onlineExemption/properties/reason/enum", nameof(Vocabulary.OnlineExemptionReasons) },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void SchemaEnumEqualsVocabulary(string schema, string pointer, string list)
    {
        JsonNode? node = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Schemas, schema)));
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)) node = node?[part];
        Assert.NotNull(node);
        var fromSchema = node.AsArray().Select(v => v!.GetValue<string>()).ToList();
        var fromCode = (IReadOnlyList<string>)typeof(Vocabulary).GetField(list)!.GetValue(null)!;
        Assert.Equal(fromCode, fromSchema);
    }

    [Fact]
    public void EveryEnumOfTheSchemasIsCovered()
    {
        // Guards this test itself: a new enum in a schema must be added to Lists() (or be the policy's severities).
        var covered = Lists().Select(row => (string)row[0] + "#" + (string)row[1]).ToHashSet();
        var found = new List<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Schemas, "*.schema.json"))
        {
            Walk(JsonNode.Parse(File.ReadAllText(file)), "", Path.GetFileName(file), found);
        }
        var uncovered = found.Where(f => !covered.Contains(f) && f != "policy.schema.json#/properties/severity/additionalProperties/enum").ToList();
        Assert.Empty(uncovered);
    }

    private static void Walk(JsonNode? node, string pointer, string file, List<string> found)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, child) in obj)
            {
                if (key == "enum") found.Add(file + "#" + pointer + "/enum");
                else Walk(child, pointer + "/" + key, file, found);
            }
        }
    }
}
