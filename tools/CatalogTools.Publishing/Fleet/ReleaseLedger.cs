using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Fleet;

/// <summary>One published version of one channel, named by its manifest's SHA-256.</summary>
public sealed record Release(string Channel, long BundleVersion, string ManifestSha256, string SourceCommit, string ValidUntil);

/// <summary>
/// releases.json at the root of a publish folder (and of its copy in object storage): every version
/// each channel was ever published as, so a fleet audit can tell how far behind a channel is and
/// whether the version it serves was ever published. <c>publish</c> adds the bundles it finds in the
/// folder before publishing (a publish killed after its switch is recorded by the next one) and those
/// it wrote; one release per line, in channel and version order. Schema: schemas/bundle/releases.schema.json.
/// </summary>
public static class ReleaseLedger
{
    public const string FileName = "releases.json";
    public const string FormatName = "catalog-releases/1";

    /// <summary>The releases in the ledger's bytes, or null with a reason.</summary>
    public static IReadOnlyList<Release>? Parse(ReadOnlySpan<byte> bytes, out MessageText? error)
    {
        error = null;
        try
        {
            using var doc = JsonDocument.Parse(bytes.ToArray());
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var f) || f.ValueKind != JsonValueKind.String || f.GetString() != FormatName)
            {
                error = new("fleet.notTheFormat", ("format", FormatName));
                return null;
            }
            if (!root.TryGetProperty("releases", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                error = new("fleet.releasesMissing");
                return null;
            }
            var releases = new List<Release>();
            foreach (var r in list.EnumerateArray())
            {
                if (r.ValueKind != JsonValueKind.Object || Text(r, "channel") is not { Length: > 0 } channel || Text(r, "manifestSha256") is not { Length: 64 } digest
                    || !r.TryGetProperty("bundleVersion", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out var version))
                {
                    error = new("fleet.releaseIncomplete", ("number", releases.Count + 1));
                    return null;
                }
                releases.Add(new Release(channel, version, digest.ToLowerInvariant(), Text(r, "sourceCommit") ?? "", Text(r, "validUntil") ?? ""));
            }
            return releases;
        }
        catch (JsonException e)
        {
            error = new("fleet.notJson", ("reason", e.Message));
            return null;
        }
    }

    public static byte[] ToBytes(IEnumerable<Release> releases)
    {
        var text = new StringBuilder("{\n \"format\": \"").Append(FormatName).Append("\",\n \"releases\": [\n");
        var ordered = releases.OrderBy(r => r.Channel, StringComparer.Ordinal).ThenBy(r => r.BundleVersion).ThenBy(r => r.ManifestSha256, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var r = ordered[i];
            text.Append("  {\"channel\":").Append(JsonSerializer.Serialize(r.Channel))
                .Append(",\"bundleVersion\":").Append(r.BundleVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(",\"manifestSha256\":\"").Append(r.ManifestSha256)
                .Append("\",\"sourceCommit\":").Append(JsonSerializer.Serialize(r.SourceCommit))
                .Append(",\"validUntil\":").Append(JsonSerializer.Serialize(r.ValidUntil))
                .Append(i + 1 < ordered.Count ? "},\n" : "}\n");
        }
        return Encoding.UTF8.GetBytes(text.Append(" ]\n}\n").ToString());
    }

    /// <summary>
    /// The release a channel folder's manifest stands for; null when the folder holds no manifest whose header reads.
    /// A release is the header's fields and the file's SHA-256: the manifest (50 MB at 10^5 items) is mapped, hashed
    /// and read up to its entries, not parsed whole (publish asks this twice per run).
    /// </summary>
    public static Release? OfBundle(string channelFolder)
    {
        var path = Path.Combine(channelFolder, BundleManifest.FileName);
        if (!File.Exists(path) || new FileInfo(path).LinkTarget is not null) return null;
        using var bytes = MappedFile.Open(path);
        BundleManifest? manifest;
        try
        {
            manifest = ManifestCodec.ReadHeader(bytes.Span);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            return null;
        }
        return manifest is null || !BundleManifest.ReadableFormats.Contains(manifest.Format)
            ? null
            : new Release(manifest.Channel, manifest.BundleVersion, Convert.ToHexStringLower(SHA256.HashData(bytes.Span)), manifest.SourceCommit, manifest.ValidUntil);
    }

    /// <summary>The bundles (channel sub-folders, no dot-folders or links) a publish folder holds now.</summary>
    public static IReadOnlyList<Release> OfPublishFolder(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateDirectories(folder)
            .Where(d => !Path.GetFileName(d).StartsWith('.') && new DirectoryInfo(d).LinkTarget is null)
            .Select(OfBundle).OfType<Release>().ToList();
    }

    /// <summary>
    /// Adds the bundles the publish folder holds, and <paramref name="also"/> (the bundles it held before the
    /// publish, releases another copy of the ledger knows), to its releases.json (temp file and rename). A
    /// ledger that cannot be read is kept aside as releases.json.unreadable-TIME and a new one started, so the
    /// history it held is not silently overwritten. Returns the ledger's releases.
    /// </summary>
    public static IReadOnlyList<Release> Record(string publishFolder, IEnumerable<Release> also, DateTimeOffset now)
    {
        var path = Path.Combine(publishFolder, FileName);
        var known = new List<Release>();
        if (File.Exists(path))
        {
            if (Parse(File.ReadAllBytes(path), out _) is { } read) known.AddRange(read);
            else File.Move(path, path + ".unreadable-" + now.UtcDateTime.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture), overwrite: true);
        }
        var merged = known.Concat(also).Concat(OfPublishFolder(publishFolder)).DistinctBy(r => (r.Channel, r.ManifestSha256)).ToList();
        if (merged.Count == known.Count) return merged;
        var temp = Path.Combine(publishFolder, "." + FileName + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        File.WriteAllBytes(temp, ToBytes(merged));
        File.Move(temp, path, overwrite: true);
        return merged;
    }

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
