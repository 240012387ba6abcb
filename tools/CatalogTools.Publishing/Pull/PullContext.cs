using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Pull;

/// <summary>What one pull works with: the source, the channel's folder, the clock, the limits, what it moved and what it refused.</summary>
public sealed class PullContext(IBundleSource source, ChannelFolder folder, PullOptions options, PullTransfer transfer, TimeProvider clock)
{
    public IBundleSource Source { get; } = source;
    public ChannelFolder Folder { get; } = folder;
    public PullOptions Options { get; } = options;
    public PullTransfer Transfer { get; } = transfer;
    public TimeProvider Clock { get; } = clock;
    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>The manifest of the version the channel serves now (null before its first pull).</summary>
    public BundleManifest? Current { get; init; }

    public bool Refused => Diagnostics.ToSortedList().Count > 0;

    public void Report(RuleDescriptor rule, string path, string? item, params (string Name, MessageArgument Value)[] arguments) =>
        Diagnostics.Report(rule, path, 1, 1, item, arguments);

    /// <summary>Fetches a small metadata file whole (never resumed: a half of an older one is not a prefix of the new one), or null after reporting why not.</summary>
    public async Task<byte[]?> FetchMetadataAsync(string path, long maxBytes, CancellationToken cancellation)
    {
        var temp = Folder.MetadataDownload(path);
        File.Delete(temp);
        var outcome = await Source.FetchAsync(path, temp, maxBytes, Transfer, cancellation);
        switch (outcome.Status)
        {
            case FetchStatus.Ok:
                var bytes = await File.ReadAllBytesAsync(temp, cancellation);
                File.Delete(temp);
                return bytes;
            case FetchStatus.TooLarge:
                Report(Rules.Channels.ChannelPullRules.EndlessData, path, null, ("path", path), ("limit", maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                break;
            default:
                Report(Rules.Channels.ChannelPullRules.Unreachable, path, null, ("path", path), ("source", Source.Origin), ("detail", outcome.Why));
                break;
        }
        File.Delete(temp);
        return null;
    }
}
