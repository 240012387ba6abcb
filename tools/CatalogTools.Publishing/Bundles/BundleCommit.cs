using CatalogTools.Core.Writing;

namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// Completing a channel's new version in its stage before <see cref="FolderSwitch"/> puts it in
/// place with one rename. A full publish has rendered every file into the stage; an update adds
/// the unchanged files of the current bundle under a second name (hard links: no bytes copied,
/// and the live bundle is never touched). The manifest and its signature are written last.
/// </summary>
internal static class BundleCommit
{
    /// <summary>Writes manifest.json and manifest.sig into a stage that holds every other file.</summary>
    public static void Seal(string staging, ReadOnlySpan<byte> manifest, string? signature)
    {
        NewFile.Write(Path.Combine(staging, BundleManifest.FileName), manifest);
        Sign(staging, signature);
    }

    public static void Sign(string staging, string? signature)
    {
        if (signature is not null) NewFile.Write(Path.Combine(staging, BundleManifest.SignatureFileName), ManifestSigner.Utf8(signature));
    }

    /// <summary>
    /// Gives every file of <paramref name="target"/> a second name in <paramref name="staging"/>,
    /// except those the update wrote anew, removed, and the manifest and signature.
    /// </summary>
    public static void LinkUnchanged(string target, string staging, IReadOnlySet<string> written, IReadOnlySet<string> removed)
    {
        if (!Directory.Exists(target)) return;
        var prefix = target.Length + 1;
        foreach (var dir in Directory.EnumerateDirectories(target, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(staging, dir[prefix..]));
        }
        var files = Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
            .Select(f => f[prefix..])
            .Where(r => r is not (BundleManifest.FileName or BundleManifest.SignatureFileName) && !written.Contains(Key(r)) && !removed.Contains(Key(r)))
            .ToList();
        Parallel.ForEach(files, relative =>
        {
            Durable.HardLinkOrCopy(Path.Combine(target, relative), Path.Combine(staging, relative));
            FaultInjection.Step();
        });
    }

    /// <summary>Manifest paths use '/', whatever the system's separator.</summary>
    private static string Key(string relative) => Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
}
