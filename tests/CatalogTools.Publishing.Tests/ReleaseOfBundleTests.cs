using System.Security.Cryptography;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Fleet;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// The release a channel folder stands for (releases.json, read by publish before and after it writes) is taken from
/// the manifest's header and its SHA-256 only: the same release a whole parse of the manifest gives, and none for a
/// file that is not a manifest.
/// </summary>
public sealed class ReleaseOfBundleTests(SampleBundle bundle) : IClassFixture<SampleBundle>
{
    [Theory]
    [InlineData("web")]
    [InlineData("mobile")]
    [InlineData("kiosk")]
    public void The_header_gives_the_release_a_whole_parse_gives(string channel)
    {
        var bytes = File.ReadAllBytes(Path.Combine(bundle.Channel(channel), BundleManifest.FileName));
        var parsed = BundleManifest.Parse(bytes, out _)!;
        var expected = new Release(parsed.Channel, parsed.BundleVersion, Convert.ToHexStringLower(SHA256.HashData(bytes)), parsed.SourceCommit, parsed.ValidUntil);

        Assert.Equal(expected, ReleaseLedger.OfBundle(bundle.Channel(channel)));
    }

    [Theory]
    [InlineData("{\"format\": \"catalog-bundle/9\", \"channel\": \"web\"}")]
    [InlineData("not json")]
    [InlineData("")]
    public void A_file_that_is_not_a_manifest_is_no_release(string text)
    {
        using var temp = TempCatalog.CopyOfSample();
        var folder = Path.Combine(temp.Root, "web");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, BundleManifest.FileName), text);

        Assert.Null(ReleaseLedger.OfBundle(folder));
    }
}
