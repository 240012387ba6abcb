using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Channels;
using CatalogTools.Rules.Channels;

namespace CatalogTools.Publishing.Pull;

/// <summary>
/// Trust in a bundle signed as `catalog publish --key` signs it: manifest.json with one ECDSA P-256
/// signature (manifest.sig) by the publisher's key (threshold 1 of 1). Checks the signature, the
/// channel, expiry (freeze), a version from the future (fast-forward) and the version last accepted
/// (rollback), kept in .pull/trust/accepted.json.
/// </summary>
public sealed class SignedManifestTrust(ECDsa publicKey) : IPullTrust
{
    private const string AcceptedFile = "accepted.json";
    private const long MaxSignatureBytes = 4096;
    private BundleManifest? _resolved;

    public async Task<TrustedRelease?> ResolveAsync(PullContext context, CancellationToken cancellation)
    {
        var signature = await context.FetchMetadataAsync(BundleManifest.SignatureFileName, MaxSignatureBytes, cancellation);
        if (signature is null) return null;
        var bytes = await context.FetchMetadataAsync(BundleManifest.FileName, context.Options.MaxManifestBytes, cancellation);
        if (bytes is null) return null;
        if (!ManifestSigner.Verify(publicKey, bytes, System.Text.Encoding.UTF8.GetString(signature)))
        {
            context.Report(ChannelPullRules.TooFewSignatures, BundleManifest.FileName, null, ("path", BundleManifest.FileName), ("valid", "0"), ("threshold", "1"),
                ("detail", new MessageText("puller.notSignedByTrustedKey")));
            return null;
        }
        var manifest = BundleManifest.Parse(bytes, out var error);
        if (manifest is null)
        {
            context.Report(ChannelPullRules.MetadataInvalid, BundleManifest.FileName, null, ("path", BundleManifest.FileName), ("detail", error!));
            return null;
        }
        var accepted = ReadAccepted(context.Folder);
        ReleaseChecks.Channel(context, BundleManifest.FileName, manifest.Channel, context.Options.Channel ?? accepted?.Channel ?? context.Current?.Channel, manifest.BundleVersion);
        ReleaseChecks.Expiry(context, BundleManifest.FileName, manifest.ValidUntil);
        ReleaseChecks.NotFromTheFuture(context, BundleManifest.FileName, manifest.BundleVersion);
        var floor = Math.Max(accepted?.Version ?? 0, context.Current?.BundleVersion ?? 0);
        ReleaseChecks.NotOlder(context, BundleManifest.FileName, manifest.BundleVersion, floor);
        _resolved = manifest;
        return context.Refused ? null : new TrustedRelease(manifest, bytes, new Dictionary<string, byte[]> { [BundleManifest.SignatureFileName] = signature });
    }

    public void Commit(PullContext context)
    {
        if (_resolved is null) return;
        var target = Path.Combine(context.Folder.Trust, AcceptedFile);
        var temp = target + ".tmp";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(new Accepted(_resolved.Channel, _resolved.BundleVersion)));
        File.Move(temp, target, overwrite: true);
    }

    private static Accepted? ReadAccepted(ChannelFolder folder)
    {
        var file = Path.Combine(folder.Trust, AcceptedFile);
        if (!File.Exists(file)) return null;
        try
        {
            return JsonSerializer.Deserialize<Accepted>(File.ReadAllBytes(file));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Accepted(string Channel, long Version);
}

/// <summary>The checks every trust scheme makes on the release it resolved: channel, freeze, fast-forward, rollback.</summary>
public static class ReleaseChecks
{
    public static void Channel(PullContext context, string path, string channel, string? expected, long version)
    {
        if (ChannelRegistry.Names.Contains(channel) && (expected is null || expected == channel)) return;
        context.Report(ChannelPullRules.MixAndMatch, path, null, ("path", path), ("version", version.ToString(CultureInfo.InvariantCulture)),
            ("detail", new MessageText("puller.otherChannel", ("channel", Display.Escape(channel)), ("expected", expected is null ? new MessageText("puller.anyChannel") : expected))));
    }

    public static void Expiry(PullContext context, string path, string expires)
    {
        var now = context.Clock.GetUtcNow();
        if (DateTimeOffset.TryParse(expires, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var until) && now <= until) return;
        context.Report(ChannelPullRules.Freeze, path, null, ("path", path), ("expires", Display.Escape(expires)), ("now", BundleManifest.Iso(now)));
    }

    /// <summary>A bundle version is its source's time: one later than the clock (beyond the tolerance) was pushed forward.</summary>
    public static void NotFromTheFuture(PullContext context, string path, long version)
    {
        var latest = context.Clock.GetUtcNow() + context.Options.ClockTolerance;
        var latestVersion = long.Parse(latest.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (version <= latestVersion) return;
        context.Report(ChannelPullRules.FastForward, path, null, ("path", path), ("version", version.ToString(CultureInfo.InvariantCulture)),
            ("detail", new MessageText("puller.laterThanNow", ("latest", latestVersion))));
    }

    public static void NotOlder(PullContext context, string path, long version, long accepted)
    {
        if (version >= accepted) return;
        context.Report(ChannelPullRules.Rollback, path, null, ("path", path), ("version", version.ToString(CultureInfo.InvariantCulture)), ("accepted", accepted.ToString(CultureInfo.InvariantCulture)));
    }
}
