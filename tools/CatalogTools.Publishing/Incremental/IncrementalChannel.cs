using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Channels;
using CatalogTools.Publishing.Rendering;

namespace CatalogTools.Publishing.Incremental;

/// <summary>
/// Builds one channel's next bundle from what changed, beside the current one: renders the changed
/// guides, re-renders the shared files (keeping template pages whose inputs did not change), and
/// hands that change plan to the <see cref="BundleWriter"/>, which patches the previous manifest line
/// by line. Unchanged items are neither read nor rendered: their manifest lines are copied. The bundle
/// equals what a full update in place (<see cref="Publisher"/> with --since) writes from the same source.
/// </summary>
internal sealed class IncrementalChannel(PublishRequest request, IChannel channel, ChannelContext context, ManifestLines previous, BundleManifest previousHeader)
{
    private readonly List<string> _shared = [];
    private HashSet<string> _previousShared = [];
    private BundleWriter _writer = null!;
    private int _reused;

    /// <param name="changed">Guides that are new or whose content hash changed.</param>
    /// <param name="added">Codes among <paramref name="changed"/> that the previous bundle did not have.</param>
    /// <param name="removed">Codes the previous bundle had and this one does not.</param>
    /// <param name="change">The switch the new version is built for (in a stage or the spare; switched in by the caller).</param>
    public ChannelResult Publish(IReadOnlyList<PreparedGuide> changed, IReadOnlySet<string> added, IReadOnlyList<string> removed, ChannelState state, Core.Writing.FolderSwitch change)
    {
        var target = Path.Combine(request.OutputDirectory, channel.Name);
        var version = context.Source.BundleVersion;
        _writer = BundleWriter.In(change, channel.Name, BundleBase.Of(target, previous));

        Parallel.ForEach(changed, guide => channel.RenderItem(guide, context, (relative, bytes, input) => _writer.Put(relative, bytes, input)));
        foreach (var code in removed)
        {
            foreach (var path in channel.ItemPaths(code)) _writer.Remove(path);
        }

        _previousShared = state.SharedPaths.ToHashSet(StringComparer.Ordinal);
        channel.RenderShared(context, new SharedSink(OfferShared, Reuse, new PreviousShared(state.SharedPaths, KeepAsIs, relative => ReadPrevious(target, relative))));
        var sharedNow = _shared.ToHashSet(StringComparer.Ordinal);
        foreach (var path in state.SharedPaths)
        {
            if (path != BundleManifest.DeltaFileName && !sharedNow.Contains(path)) _writer.Remove(path);
        }

        foreach (var guide in changed) _writer.SetItem(new ManifestItem(guide.Code, guide.Hash, version));
        foreach (var code in removed) _writer.RemoveItem(code);
        var delta = new BundleDelta(
            previousHeader.BundleVersion,
            version,
            changed.Where(g => added.Contains(g.Code)).Select(g => g.Code).Order(StringComparer.Ordinal).ToList(),
            changed.Where(g => !added.Contains(g.Code)).Select(g => g.Code).Order(StringComparer.Ordinal).ToList(),
            removed.Order(StringComparer.Ordinal).ToList(),
            _writer.ChangedPaths(),
            _writer.RemovedPaths());
        OfferShared(BundleManifest.DeltaFileName, delta.ToBytes(), null);

        var header = new BundleManifest(
            BundleManifest.FormatName,
            channel.Name,
            version,
            context.Source.Commit,
            BundleManifest.Iso(context.Source.Time),
            BundleManifest.Iso(request.ValidUntil),
            context.Templates.Fingerprint,
            Publisher.PageContextFingerprint(context.Index),
            [],
            [])
        {
            SourceDirty = context.Source.Dirty,
            SourceTreeDigest = context.Source.TreeDigest,
        };
        var (sha256, itemCount, fileCount, signature) = _writer.Commit(header, request.SigningKey);

        return new ChannelResult(channel.Name, target, itemCount, fileCount, _writer.Written, changed.Count, signature is not null, delta, _reused)
        {
            ManifestSha256 = Convert.ToHexStringLower(sha256),
            Templates = context.Templates.Fingerprint,
            SharedPaths = _shared.Order(StringComparer.Ordinal).ToList(),
        };
    }

    private void OfferShared(string relative, byte[] bytes, string? input)
    {
        _shared.Add(relative);
        _writer.Put(relative, bytes, input);
    }

    /// <summary>A shared file whose inputs the caller knows to be unchanged (<see cref="ListingChanges"/>) is kept, unread.</summary>
    private bool KeepAsIs(string relative)
    {
        // The state's shared paths are the base manifest's (its hash was checked): the entry is copied as its line.
        if (!_previousShared.Contains(relative)) return false;
        _shared.Add(relative);
        _reused++;
        return true;
    }

    /// <summary>A shared file of the live bundle, when its bytes are those its manifest entry lists.</summary>
    private byte[]? ReadPrevious(string target, string relative)
    {
        if (_writer.Previous(relative) is not { } entry) return null;
        try
        {
            var bytes = File.ReadAllBytes(BundlePath.Resolve(target, relative));
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)) == entry.Sha256 ? bytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>A template page made from the same inputs as the previous bundle's is kept as it is.</summary>
    private bool Reuse(string relative, string input)
    {
        if (_writer.Previous(relative) is not { } before || before.Input != input) return false;
        _shared.Add(relative);
        _writer.Keep(before);
        _reused++;
        return true;
    }
}
