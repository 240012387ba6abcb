using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Tests.Support;

/// <summary>
/// A copy of one channel's bundle for an attacker to change: files replaced without touching the
/// manifest (a tampering the signature catches), or the manifest rewritten and signed again with the
/// publisher's key (what only a holder of the key can do, or what a stolen key does).
/// </summary>
public sealed class BundleForge
{
    private readonly string _privateKey;

    public BundleForge(string bundle, string copyTo, string privateKey)
    {
        Folder = copyTo;
        _privateKey = privateKey;
        foreach (var file in Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copyTo, Path.GetRelativePath(bundle, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Folder { get; }

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    public BundleManifest Manifest => BundleManifest.Parse(File.ReadAllBytes(PathOf(BundleManifest.FileName)), out _)!;

    /// <summary>Replaces a file's bytes, leaving the signed manifest as it is.</summary>
    public void Write(string relative, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllBytes(PathOf(relative), bytes);
    }

    /// <summary>Rewrites the manifest and signs it with the publisher's key.</summary>
    public void Resign(Func<BundleManifest, BundleManifest> change)
    {
        var bytes = change(Manifest).ToBytes();
        File.WriteAllBytes(PathOf(BundleManifest.FileName), bytes);
        using var key = ManifestSigner.LoadPrivate(File.ReadAllText(_privateKey), out _)!;
        File.WriteAllText(PathOf(BundleManifest.SignatureFileName), ManifestSigner.Sign(key, bytes));
    }

    /// <summary>Adds a file and lists it (first) in a re-signed manifest.</summary>
    public void AddListed(string relative, byte[] bytes)
    {
        Write(relative, bytes);
        var entry = new ManifestFile(relative, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), bytes.Length);
        Resign(m => m with { Files = [entry, .. m.Files] });
    }
}
