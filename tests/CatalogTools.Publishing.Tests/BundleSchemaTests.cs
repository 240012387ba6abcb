using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using NJsonSchema;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// The JSON Schemas in schemas/bundle/ describe what publish writes (a clean bundle, a dirty update
/// with delta.json, every mobile document), and every bundle ships them under schemas/.
/// </summary>
public sealed class BundleSchemaTests
{
    private static string Schemas => Path.Combine(RepoPaths.Schemas, "bundle");

    private static JsonSchema Schema(string name) => JsonSchema.FromFileAsync(Path.Combine(Schemas, name)).GetAwaiter().GetResult();

    private static void AssertValid(JsonSchema schema, string file)
    {
        var errors = schema.Validate(File.ReadAllText(file));
        Assert.True(errors.Count == 0, $"{file}: {string.Join("; ", errors.Select(e => $"{e.Path} {e.Kind}"))}");
    }

    [Fact]
    public void Published_documents_validate_against_their_schemas_and_every_bundle_ships_them()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        var impl = "implementations/230125/GG00101001-230125-11230125010320163G.yaml";
        var hours = repo.Temp.Read(impl).Split('\n').First(l => l.StartsWith("hours: ", StringComparison.Ordinal));
        repo.Temp.Replace(impl, hours + "\n", "hours: 工作日 9:00-17:00\n");
        Assert.Equal(0, repo.Publish(output, "--since", output).ExitCode);

        var manifest = Schema("manifest.schema.json");
        var delta = Schema("delta.schema.json");
        foreach (var channel in new[] { "web", "mobile", "kiosk" })
        {
            var bundle = Path.Combine(output, channel);
            AssertValid(manifest, Path.Combine(bundle, "manifest.json"));
            Assert.Contains("\"sourceDirty\": true", File.ReadAllText(Path.Combine(bundle, "manifest.json")));
            AssertValid(delta, Path.Combine(bundle, "delta.json"));
            foreach (var name in BundleSchemas.For(channel))
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(Schemas, name)), File.ReadAllBytes(Path.Combine(bundle, "schemas", name)));
            }
            Assert.Contains($"schemas/manifest.schema.json", File.ReadAllText(Path.Combine(bundle, "manifest.json")));
        }

        var mobile = Path.Combine(output, "mobile");
        AssertValid(Schema("mobile-regions.schema.json"), Path.Combine(mobile, "regions.json"));
        var region = Schema("mobile-region.schema.json");
        foreach (var file in Directory.GetFiles(Path.Combine(mobile, "regions"), "*.json")) AssertValid(region, file);
        var guide = Schema("guide.schema.json");
        foreach (var file in Directory.GetFiles(Path.Combine(mobile, "items"), "*.json")) AssertValid(guide, file);
        // 一件事: one document per bundle, listed in entries.json and in bundles/index.json and the themes' listings.
        var bundleDocuments = Directory.GetFiles(Path.Combine(mobile, "bundles"), "YJS*.json");
        Assert.NotEmpty(bundleDocuments);
        foreach (var file in bundleDocuments) AssertValid(Schema("mobile-bundle.schema.json"), file);
        AssertValid(Schema("mobile-entries.schema.json"), Path.Combine(mobile, "entries.json"));
        var listing = Schema("mobile-listing.schema.json");
        AssertValid(listing, Path.Combine(mobile, "bundles", "index.json"));
        AssertValid(listing, Path.Combine(mobile, "themes", "shengyu-shouyang", "index.json"));
        Assert.Equal(0, CliRun.Run("verify-bundle", output, "--key", repo.PublicKey).ExitCode);
    }

    [Fact]
    public void The_manifest_schema_refuses_what_a_channel_must_refuse()
    {
        var manifest = Schema("manifest.schema.json");
        const string Hash = "0000000000000000000000000000000000000000000000000000000000000000";
        string Manifest(string commit, string path) =>
            $"{{\"format\":\"catalog-bundle/3\",\"channel\":\"web\",\"bundleVersion\":20261101080000,\"sourceCommit\":\"{commit}\",\"sourceTime\":\"2026-11-01T08:00:00Z\"," +
            $"\"validUntil\":\"2026-12-01T08:00:00Z\",\"templates\":\"{Hash}\",\"context\":\"{Hash}\",\"items\":[],\"files\":[{{\"path\":\"{path}\",\"sha256\":\"{Hash}\",\"size\":1}}]}}";
        Assert.Empty(manifest.Validate(Manifest("0123456789abcdef0123456789abcdef01234567", "guides/a.html")));
        Assert.Empty(manifest.Validate(Manifest("0123456789abcdef0123456789abcdef01234567-dirty", "index.html")));
        Assert.NotEmpty(manifest.Validate(Manifest("HEAD", "index.html")));
        Assert.NotEmpty(manifest.Validate(Manifest("unversioned", "../etc/passwd")));
        Assert.NotEmpty(manifest.Validate(Manifest("unversioned", "/etc/passwd")));
        Assert.NotEmpty(manifest.Validate(Manifest("unversioned", "guides/./a.html")));
    }

    [Fact]
    public void The_mobile_guide_schema_in_schemas_is_the_one_the_mobile_templates_ship()
    {
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Templates, "mobile", "guide.schema.json")), File.ReadAllBytes(Path.Combine(Schemas, "guide.schema.json")));
    }
}
