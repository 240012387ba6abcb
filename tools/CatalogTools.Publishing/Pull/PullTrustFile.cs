using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Pull;

/// <summary>
/// The trust a channel was installed with, from the file given as --root: a root metadata file
/// (N.root.json of the trust metadata; the source is then the publish folder and the channel must be
/// named), or the publisher's public key (PEM: one P-256 key signing each channel's manifest.json).
/// </summary>
public static class PullTrustFile
{
    /// <summary>Whether the file holds root metadata (JSON) rather than a public key (PEM); false when it cannot be read.</summary>
    public static bool IsRootMetadata(string path)
    {
        try
        {
            return File.Exists(path) && File.ReadAllText(path).TrimStart().StartsWith('{');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The trust scheme the file sets up, or null with why (a message for the caller to word).</summary>
    public static IPullTrust? Load(string path, string? channel, out MessageText? error)
    {
        error = null;
        if (!File.Exists(path))
        {
            error = new("puller.trustFileNotFound", ("path", path));
            return null;
        }
        var text = File.ReadAllText(path);
        // Root metadata is JSON (its keys hold PEM text); a key file is PEM.
        if (!text.TrimStart().StartsWith('{'))
        {
            var key = ManifestSigner.LoadPublic(text, out var why);
            if (key is not null) return new SignedManifestTrust(key);
            error = new("puller.invalidPublicKey", ("why", why));
            return null;
        }
        var root = Trust.TrustedRoot.Load(File.ReadAllBytes(path), path, out var problem);
        if (root is null)
        {
            error = new("puller.rootUntrusted", ("problem", problem is null ? null : Trust.TrustFindings.FullMessageOf(problem)));
            return null;
        }
        if (channel is null)
        {
            error = new("puller.channelNeeded");
            return null;
        }
        return new TufPullTrust(root, channel);
    }
}
