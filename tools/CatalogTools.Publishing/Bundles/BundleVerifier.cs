using System.Security.Cryptography;

namespace CatalogTools.Publishing.Bundles;

public enum BundleProblemKind
{
    ManifestMissing,
    ManifestInvalid,
    Unsigned,
    BadSignature,
    Expired,
    Rollback,
    WrongChannel,
    FileChanged,
    FileAdded,
    FileRemoved,
}

/// <summary>One reason a channel must refuse a bundle, worded in Chinese and English.</summary>
public sealed record BundleProblem(BundleProblemKind Kind, string? Path, string Zh, string En)
{
    public string Message(Core.Diagnostics.Lang lang) => lang == Core.Diagnostics.Lang.Zh ? Zh : En;
}

/// <summary>The outcome of verifying one channel's bundle: its manifest (when readable) and every problem.</summary>
public sealed record BundleVerification(string Directory, BundleManifest? Manifest, IReadOnlyList<BundleProblem> Problems)
{
    public bool Accepted => Problems.Count == 0;
}

/// <summary>
/// What a channel does before showing a bundle: the signature over manifest.json is valid for the
/// publisher's public key, the manifest has not expired (freeze protection), its version is not older
/// than the last accepted one (rollback), and the files are exactly those listed, byte for byte.
/// </summary>
public static class BundleVerifier
{
    public static BundleVerification Verify(string directory, ECDsa publicKey, BundleManifest? lastAccepted, TimeProvider clock)
    {
        var problems = new List<BundleProblem>();
        var manifestPath = Path.Combine(directory, BundleManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            problems.Add(new(BundleProblemKind.ManifestMissing, BundleManifest.FileName, $"缺少 {BundleManifest.FileName}", $"{BundleManifest.FileName} is missing"));
            return new BundleVerification(directory, null, problems);
        }
        var bytes = File.ReadAllBytes(manifestPath);
        var signaturePath = Path.Combine(directory, BundleManifest.SignatureFileName);
        if (!File.Exists(signaturePath))
        {
            problems.Add(new(BundleProblemKind.Unsigned, BundleManifest.SignatureFileName, "发布包未签名（缺少 manifest.sig）", "the bundle is unsigned (manifest.sig is missing)"));
        }
        else if (!ManifestSigner.Verify(publicKey, bytes, File.ReadAllText(signaturePath)))
        {
            problems.Add(new(BundleProblemKind.BadSignature, BundleManifest.SignatureFileName, "签名无效：manifest.json 被改动，或不是用该公钥对应的私钥签名", "bad signature: manifest.json was changed or not signed with this public key's private key"));
        }
        var manifest = BundleManifest.Parse(bytes, out var error);
        if (manifest is null)
        {
            problems.Add(new(BundleProblemKind.ManifestInvalid, BundleManifest.FileName, $"清单无法读取：{error}", $"the manifest cannot be read: {error}"));
            return new BundleVerification(directory, null, problems);
        }

        var now = clock.GetUtcNow();
        if (!DateTimeOffset.TryParse(manifest.ValidUntil, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var validUntil) || now > validUntil)
        {
            problems.Add(new(BundleProblemKind.Expired, BundleManifest.FileName,
                $"发布包已过期：有效期至 {manifest.ValidUntil}，现在是 {BundleManifest.Iso(now)}；渠道必须拒绝过期内容，请重新发布",
                $"the bundle expired: valid until {manifest.ValidUntil}, now {BundleManifest.Iso(now)}; channels must refuse stale content, publish again"));
        }
        if (lastAccepted is not null)
        {
            if (lastAccepted.Channel != manifest.Channel)
            {
                problems.Add(new(BundleProblemKind.WrongChannel, BundleManifest.FileName,
                    $"发布包属于渠道 {manifest.Channel}，上次接受的是 {lastAccepted.Channel}", $"the bundle is for channel {manifest.Channel}, the last accepted one for {lastAccepted.Channel}"));
            }
            else if (manifest.BundleVersion < lastAccepted.BundleVersion)
            {
                problems.Add(new(BundleProblemKind.Rollback, BundleManifest.FileName,
                    $"版本回退：发布包版本 {manifest.BundleVersion} 早于上次接受的 {lastAccepted.BundleVersion}", $"rollback: bundle version {manifest.BundleVersion} is older than the last accepted {lastAccepted.BundleVersion}"));
            }
        }

        var listed = new Dictionary<string, ManifestFile>(StringComparer.Ordinal);
        foreach (var f in manifest.Files) listed[f.Path] = f;
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var full in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, full).Replace('\\', '/');
            if (relative is BundleManifest.FileName or BundleManifest.SignatureFileName) continue;
            present.Add(relative);
            if (!listed.TryGetValue(relative, out var entry))
            {
                problems.Add(new(BundleProblemKind.FileAdded, relative, $"清单中没有的文件：{relative}", $"file not in the manifest: {relative}"));
                continue;
            }
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(full)));
            if (hash != entry.Sha256)
            {
                problems.Add(new(BundleProblemKind.FileChanged, relative, $"文件被改动（SHA-256 与清单不符）：{relative}", $"file changed (SHA-256 differs from the manifest): {relative}"));
            }
        }
        foreach (var path in listed.Keys.Where(p => !present.Contains(p)).Order(StringComparer.Ordinal))
        {
            problems.Add(new(BundleProblemKind.FileRemoved, path, $"清单中的文件缺失：{path}", $"file listed in the manifest is missing: {path}"));
        }
        return new BundleVerification(directory, manifest, problems);
    }

    /// <summary>The channel folders under <paramref name="directory"/>: itself when it holds a manifest, else its sub-folders that do.</summary>
    public static IReadOnlyList<string> BundlesIn(string directory)
    {
        if (File.Exists(Path.Combine(directory, BundleManifest.FileName))) return [directory];
        return Directory.Exists(directory)
            ? Directory.EnumerateDirectories(directory).Where(d => !Path.GetFileName(d).StartsWith('.') && File.Exists(Path.Combine(d, BundleManifest.FileName))).Order(StringComparer.Ordinal).ToList()
            : [];
    }
}
