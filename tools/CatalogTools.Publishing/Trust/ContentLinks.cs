using CatalogTools.Core.Writing;
using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Trust;

/// <summary>
/// Content-addressed second names under targets/ for one channel's files (hard links, made under a
/// temporary name and renamed, so a name present is complete; kept when present). The manifest is
/// linked last: its content file under targets/ says every file it lists was linked before it.
/// </summary>
internal sealed class ContentLinks(string output, string channel)
{
    private readonly HashSet<string> _made = new(StringComparer.Ordinal);
    private readonly string _folder = Path.Combine(output, channel);

    /// <summary>Links the channel's file <paramref name="relative"/> (bundle path) under the name its SHA-256 gives.</summary>
    public void Link(string relative, string sha256) => LinkFile(BundlePath.Resolve(_folder, relative), $"{channel}/{relative}", sha256);

    public void LinkManifest(byte[] manifestBytes) =>
        LinkFile(Path.Combine(_folder, BundleManifest.FileName), RepositoryLayout.ManifestTarget(channel), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(manifestBytes)));

    private void LinkFile(string source, string targetPath, string sha)
    {
        var destination = BundlePath.Resolve(output, RepositoryLayout.ContentFile(targetPath, sha));
        if (File.Exists(destination)) return;
        var dir = Path.GetDirectoryName(destination)!;
        if (_made.Add(dir)) Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, "." + Path.GetFileName(destination) + ".tmp-" + Guid.NewGuid().ToString("N"));
        Durable.HardLinkOrCopy(source, temp);
        File.Move(temp, destination, overwrite: true);
    }

    /// <summary>
    /// After an update (publish --since) of the bundle the channel's newest targets metadata names,
    /// links only the files the bundle's delta.json lists as changed, delta.json and the manifest: every
    /// other file of the new manifest has the path and SHA-256 it had in that release, whose files were
    /// all linked when it was published (its manifest's content file is there) and are kept by the prune
    /// (the newest release always is). False, having linked nothing, when that does not hold: the
    /// caller links every file.
    /// </summary>
    public static bool LinkDelta(string output, string channel, BundleManifest header, byte[] manifestBytes)
    {
        var folder = Path.Combine(output, channel);
        var deltaPath = Path.Combine(folder, BundleManifest.DeltaFileName);
        var versions = MetadataFolder.Versions(Path.Combine(output, RepositoryLayout.MetadataFolder, channel), "targets.json");
        if (versions.Count == 0 || !File.Exists(deltaPath)) return false;
        TargetFile? released;
        BundleDelta? delta;
        try
        {
            var signed = MetadataFolder.Read(Path.Combine(output, RepositoryLayout.TargetsFile(channel, versions[^1])), out _);
            if (signed is null || !TargetsMetadata.FromJson(signed.Signed).Targets.TryGetValue(RepositoryLayout.ManifestTarget(channel), out released)) return false;
            delta = BundleDelta.Parse(File.ReadAllBytes(deltaPath));
        }
        catch (Exception e) when (e is MetadataFormatException or System.Text.Json.JsonException or IOException)
        {
            return false;
        }
        if (delta is null || released.BundleVersion is not { } baseVersion || delta.Since != baseVersion || delta.BundleVersion != header.BundleVersion) return false;
        if (!File.Exists(BundlePath.Resolve(output, RepositoryLayout.ContentFile(RepositoryLayout.ManifestTarget(channel), released.Sha256)))) return false;

        var changed = new List<ManifestFile>();
        using (var mapped = MappedFile.Open(Path.Combine(folder, BundleManifest.FileName)))
        {
            // The manifest on disk must be the one being released, laid out one entry per line.
            if (!mapped.Span.SequenceEqual(manifestBytes) || ManifestLines.Of(mapped) is not { } lines) return false;
            var entries = BundleBase.Of(folder, lines);
            foreach (var path in delta.ChangedFiles.Append(BundleManifest.DeltaFileName))
            {
                if (entries.File(path) is not { } entry) return false;
                changed.Add(entry);
            }
        }
        var links = new ContentLinks(output, channel);
        foreach (var file in changed) links.Link(file.Path, file.Sha256);
        links.LinkManifest(manifestBytes);
        return true;
    }
}
