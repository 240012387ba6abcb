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

    /// <summary>The trust scheme the file sets up, or null with why (Chinese, English).</summary>
    public static IPullTrust? Load(string path, string? channel, out (string Zh, string En)? error)
    {
        error = null;
        if (!File.Exists(path))
        {
            error = ($"找不到受信任根文件『{path}』", $"trusted root file '{path}' not found");
            return null;
        }
        var text = File.ReadAllText(path);
        // Root metadata is JSON (its keys hold PEM text); a key file is PEM.
        if (!text.TrimStart().StartsWith('{'))
        {
            var key = ManifestSigner.LoadPublic(text, out var why);
            if (key is not null) return new SignedManifestTrust(key);
            error = ($"公钥无效：{why}", $"invalid public key: {why}");
            return null;
        }
        var root = Trust.TrustedRoot.Load(File.ReadAllBytes(path), path, out var problem);
        if (root is null)
        {
            error = ($"根元数据不可信任：{problem?.FullMessage(Core.Diagnostics.Lang.Zh)}", $"the root metadata cannot be trusted: {problem?.FullMessage(Core.Diagnostics.Lang.En)}");
            return null;
        }
        if (channel is null)
        {
            error = ("用根元数据拉取时须用 --channel 指明渠道（web、mobile、kiosk），或以渠道的网址/文件夹（…/mobile/）为来源", "pulling with root metadata needs --channel (web, mobile, kiosk), or the channel's own URL or folder (…/mobile/) as the source");
            return null;
        }
        return new TufPullTrust(root, channel);
    }
}
