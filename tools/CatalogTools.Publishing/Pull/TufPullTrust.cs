using System.Globalization;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Trust;
using CatalogTools.Rules.Channels;

namespace CatalogTools.Publishing.Pull;

/// <summary>
/// Trust through the TUF-style metadata of a publish folder (docs/publishing.md, "Trust metadata"):
/// the source is the publish folder or its URL; the channel follows root rotations from the root it
/// was installed with (or the newer one it already followed, kept in .pull/trust/root.json), then
/// timestamp → snapshot → the channel's targets → its manifest by length and SHA-256
/// (<see cref="TrustUpdater"/>, whose findings CAT0240–CAT0246 are reported as they are). Files are
/// fetched by their content-addressed names under targets/. A signature by a key that a rotation
/// took out of the role is also named as such (CAT0257).
/// </summary>
public sealed class TufPullTrust(TrustedRoot installed, string channel) : IPullTrust
{
    private TrustUpdate? _update;

    public string Channel => channel;

    public async Task<TrustedRelease?> ResolveAsync(PullContext context, CancellationToken cancellation)
    {
        var store = new TrustStateStore(context.Folder.Trust);
        var root = store.Root(installed);
        var before = root.Root;
        var state = store.State();
        var source = new FetchedMetadata(context, cancellation);
        var now = context.Clock.GetUtcNow();
        var update = await Task.Run(() => TrustUpdater.Update(root, state, source, [channel], now), cancellation);
        context.Diagnostics.AddRange(update.Problems);
        NameRotatedOutKeys(context, update, [installed.Root, before], source);
        if (!update.Accepted || context.Refused) return null;
        _update = update;

        var target = update.Manifest(channel)!;
        var manifestPath = RepositoryLayout.ContentFile(RepositoryLayout.ManifestTarget(channel), target.Sha256);
        var bytes = await context.FetchMetadataAsync(manifestPath, target.Length, cancellation);
        if (bytes is null) return null;
        if (update.CheckManifest(channel, bytes, manifestPath) is { } mismatch)
        {
            context.Diagnostics.Add(mismatch);
            return null;
        }
        var manifest = BundleManifest.Parse(bytes, out var error);
        if (manifest is null)
        {
            context.Report(ChannelPullRules.MetadataInvalid, manifestPath, null, ("path", manifestPath), ("detail", error!));
            return null;
        }
        ReleaseChecks.Channel(context, manifestPath, manifest.Channel, channel, manifest.BundleVersion);
        ReleaseChecks.Expiry(context, manifestPath, manifest.ValidUntil);
        ReleaseChecks.NotFromTheFuture(context, manifestPath, manifest.BundleVersion);
        ReleaseChecks.NotOlder(context, manifestPath, manifest.BundleVersion, context.Current?.BundleVersion ?? 0);
        if (context.Refused) return null;
        return new TrustedRelease(manifest, bytes, new Dictionary<string, byte[]>())
        {
            RemotePath = file => RepositoryLayout.ContentFile(channel + "/" + file.Path, file.Sha256),
        };
    }

    public void Commit(PullContext context)
    {
        if (_update is not null) new TrustStateStore(context.Folder.Trust).Save(_update);
    }

    /// <summary>For each file refused for too few signatures: the signatures by keys the role had in a root this channel trusted before (the installed one, the one followed last time) and no longer has.</summary>
    private static void NameRotatedOutKeys(PullContext context, TrustUpdate update, IReadOnlyList<RootMetadata> earlier, FetchedMetadata source)
    {
        foreach (var problem in update.Problems.Where(p => p.Rule.Id == RuleIds.TrustThreshold))
        {
            if (source.Bytes(problem.File) is not { } bytes || SignedMetadata.Parse(bytes, out _) is not { Type: { } role } signed) continue;
            var was = earlier.SelectMany(r => r.Roles.TryGetValue(role, out var old) ? old.KeyIds : []).ToHashSet(StringComparer.Ordinal);
            var now = update.Root.Root.Roles.TryGetValue(role, out var current) ? current.KeyIds : [];
            foreach (var signature in signed.Signatures.Where(s => was.Contains(s.KeyId) && !now.Contains(s.KeyId)))
            {
                context.Report(ChannelPullRules.RevokedKey, problem.File, null, ("path", problem.File), ("key", signature.KeyId[..Math.Min(16, signature.KeyId.Length)]));
            }
        }
    }

    /// <summary>The pull's source as the trust updater reads it: whole files up to a limit, kept by path for a second look.</summary>
    private sealed class FetchedMetadata(PullContext context, CancellationToken cancellation) : IMetadataSource
    {
        private readonly Dictionary<string, byte[]> _read = new(StringComparer.Ordinal);

        public byte[]? Bytes(string path) => _read.GetValueOrDefault(path);

        public byte[]? Read(string path, long maxBytes)
        {
            var temp = context.Folder.MetadataDownload(path);
            File.Delete(temp);
            try
            {
                var outcome = context.Source.FetchAsync(path, temp, maxBytes, context.Transfer, cancellation).GetAwaiter().GetResult();
                switch (outcome.Status)
                {
                    case FetchStatus.Ok:
                        var bytes = File.ReadAllBytes(temp);
                        _read[path] = bytes;
                        return bytes;
                    case FetchStatus.TooLarge:
                        throw new TooLongException(path, maxBytes);
                    case FetchStatus.NotFound:
                        return null;
                    default:
                        context.Report(ChannelPullRules.Unreachable, path, null, ("path", path), ("source", context.Source.Origin), ("detail", outcome.Why));
                        return null;
                }
            }
            finally
            {
                File.Delete(temp);
            }
        }
    }
}
