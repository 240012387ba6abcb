namespace CatalogTools.Publishing.Trust;

/// <summary>
/// Where trust metadata and content-addressed files sit under a publish folder (or URL), relative to
/// it with '/'. Only metadata/timestamp.json changes in place; every other name is versioned or
/// content-addressed, so a CDN may cache it forever (docs/publishing.md, "Trust metadata").
/// </summary>
public static class RepositoryLayout
{
    public const string MetadataFolder = "metadata";
    public const string TargetsFolder = "targets";
    public const string TimestampFile = MetadataFolder + "/timestamp.json";

    /// <summary>The name the timestamp gives the snapshot in its meta.</summary>
    public const string SnapshotMetaName = "snapshot.json";

    public static string RootFile(long version) => $"{MetadataFolder}/{version}.root.json";

    public static string SnapshotFile(long version) => $"{MetadataFolder}/{version}.snapshot.json";

    /// <summary>The name the snapshot gives a channel's targets metadata in its meta: CHANNEL/targets.json.</summary>
    public static string TargetsMetaName(string channel) => $"{channel}/targets.json";

    public static string TargetsFile(string channel, long version) => $"{MetadataFolder}/{channel}/{version}.targets.json";

    /// <summary>The target path of a channel's manifest: CHANNEL/manifest.json.</summary>
    public static string ManifestTarget(string channel) => $"{channel}/{Bundles.BundleManifest.FileName}";

    /// <summary>
    /// The content-addressed name of a target (a channel's file by its path under the publish folder):
    /// targets/DIR/SHA256.BASENAME, e.g. web/guides/X.html → targets/web/guides/&lt;sha256&gt;.X.html.
    /// </summary>
    public static string ContentFile(string targetPath, string sha256)
    {
        var slash = targetPath.LastIndexOf('/');
        return slash < 0
            ? $"{TargetsFolder}/{sha256}.{targetPath}"
            : $"{TargetsFolder}/{targetPath[..slash]}/{sha256}.{targetPath[(slash + 1)..]}";
    }

    /// <summary>Upper bounds on what a reader fetches before a signed length tells it better (endless-data attack).</summary>
    public const long MaxRootBytes = 512 * 1024;
    public const long MaxTimestampBytes = 64 * 1024;
    public const long MaxSnapshotBytes = 4 * 1024 * 1024;
    public const long MaxTargetsBytes = 4 * 1024 * 1024;

    /// <summary>How many root versions a reader follows in one update (a bound, as TUF advises).</summary>
    public const int MaxRootRotations = 256;
}
