using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Pull;

/// <summary>The trust a channel was installed with, from the file given as --root: the publisher's public key (PEM, one P-256 key signing manifest.json).</summary>
public static class PullTrustFile
{
    /// <summary>The trust scheme the file sets up, or null with why (Chinese, English).</summary>
    public static IPullTrust? Load(string path, out (string Zh, string En)? error)
    {
        error = null;
        if (!File.Exists(path))
        {
            error = ($"找不到受信任根文件『{path}』", $"trusted root file '{path}' not found");
            return null;
        }
        var text = File.ReadAllText(path);
        if (text.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            var key = ManifestSigner.LoadPublic(text, out var why);
            if (key is not null) return new SignedManifestTrust(key);
            error = ($"公钥无效：{why}", $"invalid public key: {why}");
            return null;
        }
        error = ("不是公钥 PEM 文件", "not a public key PEM file");
        return null;
    }
}
