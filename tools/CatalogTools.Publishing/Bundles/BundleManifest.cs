using System.Text.Json;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Guides;

namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// manifest.json of one channel's bundle: what it was built from, until when it may be shown,
/// every item's content hash and version, and every file's SHA-256. Signed separately (manifest.sig).
/// Templates and Context fingerprint what item pages depend on besides the item itself (templates;
/// region names for breadcrumbs and the site title): when either changes, every item is re-rendered.
/// Shared files (index and region pages, search index) carry the SHA-256 of what they were made from
/// (<see cref="ManifestFile.Input"/>), so a re-publish reuses those whose inputs did not change.
/// Read and written by hand (<see cref="ManifestCodec"/>): a manifest of 10^5 items is ~35–50 MB.
/// </summary>
public sealed record BundleManifest(
    string Format,
    string Channel,
    long BundleVersion,
    string SourceCommit,
    string SourceTime,
    string ValidUntil,
    string Templates,
    string Context,
    IReadOnlyList<ManifestItem> Items,
    IReadOnlyList<ManifestFile> Files)
{
    /// <summary>
    /// Version 3 writes one entry per line (same JSON as version 2, which added <see cref="ManifestFile.Input"/>);
    /// versions 1 and 2 are still read.
    /// </summary>
    public const string FormatName = "catalog-bundle/3";
    public static readonly IReadOnlySet<string> ReadableFormats = new HashSet<string>(StringComparer.Ordinal) { FormatName, "catalog-bundle/2", "catalog-bundle/1" };
    public const string FileName = "manifest.json";
    public const string SignatureFileName = "manifest.sig";
    public const string DeltaFileName = "delta.json";

    /// <summary>True when the bundle was built from a work tree with uncommitted changes (SourceCommit is then HEAD-dirty). Written only when true.</summary>
    public bool SourceDirty { get; init; }

    /// <summary>For a dirty source: the digest of the work tree's differences from HEAD (<see cref="SourceVersion.TreeDigest"/>).</summary>
    public string? SourceTreeDigest { get; init; }

    public byte[] ToBytes() => ManifestCodec.Write(this);

    /// <summary>The manifest, or null with a reason when the bytes are not one.</summary>
    public static BundleManifest? Parse(byte[] bytes, out MessageText? error)
    {
        error = null;
        try
        {
            var m = ManifestCodec.Read(bytes);
            if (m is null || !ReadableFormats.Contains(m.Format))
            {
                error = new("bundle.notAManifest", ("format", FormatName));
                return null;
            }
            return m;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            error = e is ManifestFormatException m ? m.Reason : new("bundle.manifestUnreadable", ("reason", e.Message));
            return null;
        }
    }

    public DateTimeOffset ValidUntilTime => DateTimeOffset.Parse(ValidUntil, System.Globalization.CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>One item: its code, the SHA-256 of its canonical JSON, and the bundle version in which its content last changed.</summary>
public sealed record ManifestItem(string Code, string Hash, long Version);

/// <summary>
/// One file of the bundle: path relative to the bundle folder ('/'), SHA-256 and size in bytes; for
/// shared files also the SHA-256 of the inputs they were rendered from (null for item files and assets).
/// </summary>
public sealed record ManifestFile(string Path, string Sha256, long Size, string? Input = null);

/// <summary>delta.json: what changed since a previous manifest, so a channel fetches only that.</summary>
public sealed record BundleDelta(
    long Since,
    long BundleVersion,
    IReadOnlyList<string> AddedItems,
    IReadOnlyList<string> ChangedItems,
    IReadOnlyList<string> RemovedItems,
    IReadOnlyList<string> ChangedFiles,
    IReadOnlyList<string> RemovedFiles)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = GuideJson.SafeEncoder,
        WriteIndented = true,
        IndentSize = 1,
    };

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Options);

    public static BundleDelta? Parse(byte[] bytes) => JsonSerializer.Deserialize<BundleDelta>(bytes, Options);
}
