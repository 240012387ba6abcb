namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// Where a channel's spare (the version before the live one) may differ from the live bundle: the files
/// the live bundle's delta.json lists as changed or removed, and delta.json itself. Only when that delta
/// leads from the spare's version to the live one (its <c>since</c> and <c>bundleVersion</c> are the two
/// manifests' versions, same channel); otherwise null and the update builds a whole stage.
/// </summary>
internal static class SpareDelta
{
    public static IReadOnlySet<string>? Between(string spare, string live)
    {
        try
        {
            var deltaPath = Path.Combine(live, BundleManifest.DeltaFileName);
            if (!File.Exists(deltaPath) || BundleDelta.Parse(File.ReadAllBytes(deltaPath)) is not { } delta) return null;
            var from = Header(Path.Combine(spare, BundleManifest.FileName));
            var to = Header(Path.Combine(live, BundleManifest.FileName));
            if (from is null || to is null || from.Channel != to.Channel || delta.Since != from.BundleVersion || delta.BundleVersion != to.BundleVersion) return null;
            var paths = new HashSet<string>(delta.ChangedFiles, StringComparer.Ordinal);
            paths.UnionWith(delta.RemovedFiles);
            paths.Add(BundleManifest.DeltaFileName);
            // A path that would leave the folder is not ours to follow: the whole stage is built instead.
            return paths.All(BundlePath.IsSafeRelative) ? paths : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The manifest's header fields, read through a memory map (the first few hundred bytes of it).</summary>
    private static BundleManifest? Header(string path)
    {
        if (!File.Exists(path)) return null;
        using var mapped = MappedFile.Open(path);
        return ManifestCodec.ReadHeader(mapped.Span);
    }
}
