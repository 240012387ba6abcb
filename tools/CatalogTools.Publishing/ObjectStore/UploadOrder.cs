namespace CatalogTools.Publishing.ObjectStore;

/// <summary>When a file is uploaded: content first, then metadata, freshness last.</summary>
public enum UploadStage
{
    /// <summary>Pages, JSON documents, assets, schemas: what metadata points to; uploaded before anything names it.</summary>
    Content = 0,

    /// <summary>Versioned metadata, never overwritten (N.root.json, N.snapshot.json, *.targets.json): safe before the current pointers.</summary>
    VersionedMetadata = 1,

    /// <summary>The current pointers a reader starts from (delta.json, manifest.sig, manifest.json, releases.json), overwritten each publish.</summary>
    Metadata = 2,

    /// <summary>timestamp.json: the only file that says "this is the newest"; uploaded when everything it leads to is in place.</summary>
    Freshness = 3,
}

/// <summary>
/// Which stage a bundle file belongs to, by name (the trust metadata's names: timestamp.json; N.root.json,
/// N.snapshot.json, NAME.targets.json; today's manifest.json, manifest.sig, delta.json; the publish folder's
/// releases.json), and the order within a stage that keeps a reader from seeing a pointer before what it points to.
/// </summary>
public static class UploadOrder
{
    public static UploadStage StageOf(string relativePath)
    {
        var name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        if (name == "timestamp.json") return UploadStage.Freshness;
        if (name.EndsWith(".targets.json", StringComparison.Ordinal)) return UploadStage.VersionedMetadata;
        var dot = name.IndexOf('.');
        if (dot > 0 && name[..dot].All(char.IsAsciiDigit) && name[(dot + 1)..] is "root.json" or "snapshot.json") return UploadStage.VersionedMetadata;
        return name is Bundles.BundleManifest.FileName or Bundles.BundleManifest.SignatureFileName or Bundles.BundleManifest.DeltaFileName or Fleet.ReleaseLedger.FileName
            ? UploadStage.Metadata
            : UploadStage.Content;
    }

    /// <summary>
    /// Rank within a stage. Versioned metadata: roots, then targets, then snapshots (each names the one
    /// before). Current pointers: delta.json (listed in the manifest) before the signature and the manifest,
    /// the manifest before releases.json (which names the manifest's digest). manifest.sig goes just before
    /// manifest.json: a reader that meets the new signature with the old manifest refuses it and retries;
    /// it never accepts a manifest whose files are not all there.
    /// </summary>
    public static int RankInStage(string relativePath)
    {
        var name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        if (name.EndsWith(".root.json", StringComparison.Ordinal)) return 0;
        if (name.EndsWith(".targets.json", StringComparison.Ordinal)) return 1;
        if (name.EndsWith(".snapshot.json", StringComparison.Ordinal)) return 2;
        return name switch
        {
            Bundles.BundleManifest.DeltaFileName => 0,
            Bundles.BundleManifest.SignatureFileName => 1,
            Bundles.BundleManifest.FileName => 2,
            _ => 3,
        };
    }

    /// <summary>A content-addressed name (SHA256.NAME, TUF's consistent snapshots): its bytes never change under it.</summary>
    public static bool IsContentAddressed(string relativePath)
    {
        var name = relativePath.AsSpan(relativePath.LastIndexOf('/') + 1);
        return name.Length > 65 && name[64] == '.' && !name[..64].ContainsAnyExcept("0123456789abcdef");
    }

    /// <summary>Cache-Control: versioned metadata and content-addressed files never change and may be cached for good; every other key may be overwritten, so caches revalidate.</summary>
    public static string CacheControl(string relativePath) =>
        StageOf(relativePath) == UploadStage.VersionedMetadata || IsContentAddressed(relativePath) ? "public, max-age=31536000, immutable" : "no-cache";
}
