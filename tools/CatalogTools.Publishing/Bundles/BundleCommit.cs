namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// Putting a channel's new files in place. A full publish swaps a complete staging folder for the
/// old one; an update in place moves each changed file over its old version, deletes removed files
/// and replaces manifest.json last, so a channel never sees a new manifest before its files.
/// </summary>
internal static class BundleCommit
{
    /// <summary>Full publish: everything is in the staging folder; swap it with the old folder. Returns the old folder (renamed away) to delete.</summary>
    public static string? Swap(string target, string staging, byte[] manifest, string? signature)
    {
        NewFile.Write(Path.Combine(staging, BundleManifest.FileName), manifest);
        if (signature is not null) NewFile.Write(Path.Combine(staging, BundleManifest.SignatureFileName), ManifestSigner.Utf8(signature));
        string? retired = null;
        if (Directory.Exists(target))
        {
            retired = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.old-{Guid.NewGuid():N}");
            Directory.Move(target, retired);
        }
        Directory.Move(staging, target);
        return retired;
    }

    /// <summary>Delta publish: move each changed file into place, delete removed files, then the manifest (atomically) last.</summary>
    public static void InPlace(string target, string staging, IEnumerable<string> written, IEnumerable<string> removed, ReadOnlyMemory<byte> manifest, string? signature)
    {
        NewFile.Write(Path.Combine(staging, BundleManifest.FileName), manifest.Span);
        InPlace(target, staging, written, removed, signature);
    }

    /// <summary>The same, with the new manifest already written as staging/manifest.json.</summary>
    public static void InPlace(string target, string staging, IEnumerable<string> written, IEnumerable<string> removed, string? signature)
    {
        foreach (var relative in written)
        {
            var destination = BundlePath.Resolve(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(BundlePath.Resolve(staging, relative), destination, overwrite: true);
        }
        foreach (var relative in removed)
        {
            // Paths come from the previous manifest on disk: resolved under the bundle or refused.
            var path = BundlePath.Resolve(target, relative);
            if (File.Exists(path)) File.Delete(path);
        }
        var sigPath = Path.Combine(target, BundleManifest.SignatureFileName);
        if (signature is not null) ReplaceFile(sigPath, ManifestSigner.Utf8(signature));
        else if (File.Exists(sigPath)) File.Delete(sigPath);
        File.Move(Path.Combine(staging, BundleManifest.FileName), Path.Combine(target, BundleManifest.FileName), overwrite: true);
        Directory.Delete(staging, recursive: true);
    }

    private static void ReplaceFile(string path, ReadOnlySpan<byte> bytes)
    {
        var temp = path + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}
