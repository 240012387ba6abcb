using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Fleet;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>channel-status.json and releases.json: what is written validates against its schema and reads back; what is not one is refused with a reason.</summary>
public sealed class ChannelStatusTests(SampleBundle bundle) : IClassFixture<SampleBundle>
{
    private static NJsonSchema.JsonSchema Schema(string name) => NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Schemas, "bundle", name)).GetAwaiter().GetResult();

    [Fact]
    public void A_status_is_written_atomically_validates_and_reads_back()
    {
        var bytes = File.ReadAllBytes(Path.Combine(bundle.Channel("mobile"), BundleManifest.FileName));
        var status = ChannelStatus.Of(BundleManifest.Parse(bytes, out _)!, bytes, "http://127.0.0.1:8080/mobile/", FixedClock.Default.GetUtcNow());
        var path = bundle.Repo.Out("status-" + Guid.NewGuid().ToString("N")[..8] + ".json");
        status.Write(path);
        Assert.Empty(Schema("channel-status.schema.json").Validate(File.ReadAllText(path)));
        Assert.Equal(status, ChannelStatus.Parse(File.ReadAllBytes(path), out _));
        Assert.Equal("2026-11-22T01:00:00Z", status.Updated);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, ".*.tmp"));
    }

    [Theory]
    [InlineData("[]", "不是 JSON 对象")]
    [InlineData("{\"format\":\"x\"}", "format 不是 catalog-channel-status/1")]
    [InlineData("{\"format\":\"catalog-channel-status/1\",\"channel\":\"web\",\"bundleVersion\":1,\"manifestSha256\":\"abc\",\"validUntil\":\"2026-12-01T00:00:00Z\"}", "manifestSha256 不是 64 位十六进制")]
    [InlineData("{\"format\":\"catalog-channel-status/1\",\"channel\":\"web\",\"bundleVersion\":\"1\"}", "bundleVersion 不是非负整数")]
    [InlineData("{", "不是 JSON")]
    public void What_is_not_a_status_is_refused_with_a_reason(string text, string reason)
    {
        Assert.Null(ChannelStatus.Parse(System.Text.Encoding.UTF8.GetBytes(text), out var error));
        Assert.Contains(reason, error!.In(Lang.Zh));
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", error.In(Lang.En));
    }

    [Fact]
    public void The_release_record_of_a_publish_validates_and_keeps_an_unreadable_one_aside()
    {
        var ledger = Path.Combine(bundle.Output, ReleaseLedger.FileName);
        Assert.Empty(Schema("releases.schema.json").Validate(File.ReadAllText(ledger)));
        var releases = ReleaseLedger.Parse(File.ReadAllBytes(ledger), out _)!;
        Assert.Equal(["kiosk", "mobile", "web"], releases.Select(r => r.Channel));

        var copy = bundle.Repo.Out("ledger-" + Guid.NewGuid().ToString("N")[..8]);
        TempCatalog.CopyDirectory(bundle.Channel("web"), Path.Combine(copy, "web"));
        File.WriteAllText(Path.Combine(copy, ReleaseLedger.FileName), "not json");
        var recorded = ReleaseLedger.Record(copy, [], FixedClock.Default.GetUtcNow());
        Assert.Equal("web", Assert.Single(recorded).Channel);
        Assert.Equal("not json", File.ReadAllText(Path.Combine(copy, ReleaseLedger.FileName + ".unreadable-20261122010000")));
    }
}
