using System.Text.RegularExpressions;
using CatalogTools.Publishing.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>Golden output of one guide and one 一件事 in each channel (update with: delete __snapshots__/ and run once, then review the diff).</summary>
public sealed partial class SnapshotTests(SampleBundle bundle) : IClassFixture<SampleBundle>
{
    private const string Code = "GG00101001-230125-11230125010320163G";

    [GeneratedRegex("[0-9a-f]{40}|(?<=源提交 )[0-9a-f]{12}")]
    private static partial Regex CommitSha();

    /// <summary>The commit id depends on every byte of the temp repository (schemas included); mask it.</summary>
    private string Read(string relative) => CommitSha().Replace(File.ReadAllText(Path.Combine(bundle.Output, relative)), "<commit>");

    [Fact]
    public void Web_guide() => Snapshot.Match(Read($"web/guides/{Code}.html"), SnapshotNameExtension.Create("web"));

    [Fact]
    public void Web_notice() => Snapshot.Match(Read($"web/notices/{Code}.html"), SnapshotNameExtension.Create("web-notice"));

    [Fact]
    public void Kiosk_guide() => Snapshot.Match(Read($"kiosk/guides/{Code}.html"), SnapshotNameExtension.Create("kiosk"));

    [Fact]
    public void Mobile_item() => Snapshot.Match(Read($"mobile/items/{Code}.json"), SnapshotNameExtension.Create("mobile"));

    private const string Bundle = "YJS230123001";

    [Fact]
    public void Web_bundle() => Snapshot.Match(Read($"web/bundles/{Bundle}.html"), SnapshotNameExtension.Create("web-bundle"));

    [Fact]
    public void Kiosk_bundle() => Snapshot.Match(Read($"kiosk/bundles/{Bundle}.html"), SnapshotNameExtension.Create("kiosk-bundle"));

    [Fact]
    public void Mobile_bundle() => Snapshot.Match(Read($"mobile/bundles/{Bundle}.json"), SnapshotNameExtension.Create("mobile-bundle"));
}
