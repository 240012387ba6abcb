using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using NJsonSchema;
using Xunit;

namespace CatalogTools.Publishing.Tests.Trust;

/// <summary>Every trust metadata file a publish writes validates against its schema in schemas/bundle/, and every bundle ships those schemas.</summary>
public sealed class TrustSchemaTests
{
    private static JsonSchema Schema(string name) => JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Schemas, "bundle", name)).GetAwaiter().GetResult();

    private static void AssertValid(JsonSchema schema, string file)
    {
        var errors = schema.Validate(File.ReadAllText(file));
        Assert.True(errors.Count == 0, $"{file}: {string.Join("; ", errors.Select(e => $"{e.Path} {e.Kind}"))}");
    }

    [Fact]
    public void Published_trust_metadata_validates_against_the_shipped_schemas()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        var metadata = Path.Combine(output, "metadata");
        AssertValid(Schema("root.schema.json"), Path.Combine(metadata, "1.root.json"));
        AssertValid(Schema("timestamp.schema.json"), Path.Combine(metadata, "timestamp.json"));
        AssertValid(Schema("snapshot.schema.json"), Path.Combine(metadata, "1.snapshot.json"));
        var targets = Schema("targets.schema.json");
        foreach (var channel in new[] { "web", "mobile", "kiosk" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(metadata, channel), "*.targets.json")) AssertValid(targets, file);
            foreach (var name in new[] { "root.schema.json", "timestamp.schema.json", "snapshot.schema.json", "targets.schema.json" })
            {
                Assert.Contains(name, BundleSchemas.For(channel));
                Assert.True(File.Exists(Path.Combine(output, channel, "schemas", name)), $"{channel} lacks schemas/{name}");
            }
        }
    }

    [Fact]
    public void The_targets_schema_refuses_paths_outside_a_channel_and_malformed_signatures()
    {
        var schema = Schema("targets.schema.json");
        const string Hash = "0000000000000000000000000000000000000000000000000000000000000000";
        string Targets(string path, string sig) =>
            $"{{\"signatures\":[{{\"keyid\":\"{Hash}\",\"sig\":\"{sig}\"}}],\"signed\":{{\"_type\":\"targets\",\"spec_version\":\"1.0\",\"version\":1,\"expires\":\"2026-12-01T08:00:00Z\"," +
            $"\"targets\":{{\"{path}\":{{\"length\":1,\"hashes\":{{\"sha256\":\"{Hash}\"}}}}}}}}}}";
        Assert.Empty(schema.Validate(Targets("web/manifest.json", "3045")));
        Assert.NotEmpty(schema.Validate(Targets("../manifest.json", "3045")));
        Assert.NotEmpty(schema.Validate(Targets("ftp/manifest.json", "3045")));
        Assert.NotEmpty(schema.Validate(Targets("web/manifest.json", "xyz")));
    }
}
