using System.Collections.Concurrent;
using System.Security.Cryptography;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Channels;
using CatalogTools.Publishing.Rendering;

namespace CatalogTools.Publishing.Incremental;

/// <summary>
/// Builds one channel's next bundle from what changed, beside the current one: renders the changed guides, re-renders
/// the shared files (keeping template pages whose inputs did not change), and patches the previous
/// manifest line by line (<see cref="ManifestPatch"/>). Unchanged items are neither read nor
/// rendered: their manifest lines are copied. The bundle equals what a full update in place
/// (<see cref="Publisher"/> with --since) writes from the same source.
/// </summary>
internal sealed class IncrementalChannel(PublishRequest request, IChannel channel, ChannelContext context, ManifestLines previous, BundleManifest previousHeader)
{
    private readonly SortedDictionary<string, ManifestFile?> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _toWrite = new(StringComparer.Ordinal);
    private readonly List<string> _shared = [];
    private readonly System.Threading.Lock _lock = new();
    private int _reused;

    /// <param name="changed">Guides that are new or whose content hash changed.</param>
    /// <param name="added">Codes among <paramref name="changed"/> that the previous bundle did not have.</param>
    /// <param name="removed">Codes the previous bundle had and this one does not.</param>
    /// <param name="staging">The empty folder to build the new version in (it is switched in by the caller).</param>
    public ChannelResult Publish(IReadOnlyList<PreparedGuide> changed, IReadOnlySet<string> added, IReadOnlyList<string> removed, ChannelState state, string staging)
    {
        var target = Path.Combine(request.OutputDirectory, channel.Name);
        var version = context.Source.BundleVersion;

        Parallel.ForEach(changed, guide => channel.RenderItem(guide, context, Offer));
        foreach (var code in removed)
        {
            foreach (var path in channel.ItemPaths(code)) Remove(path);
        }

        channel.RenderShared(context, new SharedSink(OfferShared, Reuse));
        var sharedNow = _shared.ToHashSet(StringComparer.Ordinal);
        foreach (var path in state.SharedPaths)
        {
            if (path != BundleManifest.DeltaFileName && !sharedNow.Contains(path)) Remove(path);
        }

        var items = new SortedDictionary<string, ManifestItem?>(StringComparer.Ordinal);
        foreach (var guide in changed) items[guide.Code] = new ManifestItem(guide.Code, guide.Hash, version);
        foreach (var code in removed) items[code] = null;
        var delta = new BundleDelta(
            previousHeader.BundleVersion,
            version,
            changed.Where(g => added.Contains(g.Code)).Select(g => g.Code).Order(StringComparer.Ordinal).ToList(),
            changed.Where(g => !added.Contains(g.Code)).Select(g => g.Code).Order(StringComparer.Ordinal).ToList(),
            removed.Order(StringComparer.Ordinal).ToList(),
            _files.Where(f => f.Value is { } now && (Previous(f.Key) is not { } before || before.Sha256 != now.Sha256)).Select(f => f.Key).ToList(),
            _files.Where(f => f.Value is null).Select(f => f.Key).ToList());
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
        // The new manifest goes into the stage as it is patched; the stage becomes the bundle as a whole.
        byte[] sha256;
        int itemCount, fileCount;
        using (var stream = new FileStream(Path.Combine(staging, BundleManifest.FileName), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            (sha256, itemCount, fileCount) = ManifestPatch.Apply(stream, previous, header, items, _files);
        }
        var signature = request.SigningKey is null ? null : ManifestSigner.SignSha256(request.SigningKey, sha256);
        foreach (var (relative, bytes) in _toWrite)
        {
            var path = BundlePath.Resolve(staging, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            NewFile.Write(path, bytes);
        }
        BundleCommit.LinkUnchanged(target, staging, _toWrite.Keys.ToHashSet(StringComparer.Ordinal), _files.Where(f => f.Value is null).Select(f => f.Key).ToHashSet(StringComparer.Ordinal));
        BundleCommit.Sign(staging, signature);

        return new ChannelResult(channel.Name, target, itemCount, fileCount, _toWrite.Count, changed.Count, signature is not null, delta, _reused)
        {
            ManifestSha256 = Convert.ToHexStringLower(sha256),
            Templates = context.Templates.Fingerprint,
            SharedPaths = _shared.Order(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>A rendered file: its manifest entry changes when it differs from the previous one; its bytes are written when they differ.</summary>
    private void Offer(string relative, byte[] bytes, string? input = null)
    {
        var entry = new ManifestFile(relative, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length, input);
        var before = Previous(relative);
        lock (_lock)
        {
            if (before != entry) _files[relative] = entry;
        }
        if (before?.Sha256 != entry.Sha256) _toWrite[relative] = bytes;
    }

    private void OfferShared(string relative, byte[] bytes, string? input)
    {
        _shared.Add(relative);
        Offer(relative, bytes, input);
    }

    /// <summary>A template page made from the same inputs as the previous bundle's is kept as it is.</summary>
    private bool Reuse(string relative, string input)
    {
        if (Previous(relative)?.Input != input) return false;
        _shared.Add(relative);
        _reused++;
        return true;
    }

    private void Remove(string relative)
    {
        if (Previous(relative) is null) return;
        lock (_lock) _files[relative] = null;
    }

    /// <summary>The previous manifest's entry for a path, by binary search over its sorted file lines.</summary>
    private ManifestFile? Previous(string relative)
    {
        var lines = previous.Files;
        var key = new EntryKey(relative);
        int low = 0, high = lines.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var line = previous.Entry(lines[mid]);
            var order = key.CompareTo(line);
            if (order == 0) return ManifestCodec.ReadFileLine(line);
            if (order > 0) low = mid + 1;
            else high = mid - 1;
        }
        return null;
    }
}
