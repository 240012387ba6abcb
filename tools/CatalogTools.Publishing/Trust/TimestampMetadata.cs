using System.Text.Json.Nodes;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.Trust;

/// <summary>What a metadata file above says of one below it: its version, and (timestamp → snapshot) its length and SHA-256.</summary>
public sealed record MetaFile(long Version, long? Length = null, string? Sha256 = null)
{
    public JsonObject ToJson()
    {
        var o = new JsonObject { ["version"] = Version };
        if (Length is { } length) o["length"] = length;
        if (Sha256 is { } sha) o["hashes"] = new JsonObject { ["sha256"] = sha };
        return o;
    }

    public static MetaFile FromJson(JsonObject o)
    {
        var length = MetadataFields.OptionalInteger(o, "length");
        if (length is < 0) throw new MetadataFormatException(new("trust.lengthNegative"));
        return new MetaFile(MetadataFields.Integer(o, "version"), length, MetadataFields.Sha256Of(o));
    }
}

/// <summary>timestamp.json's signed part: the newest snapshot's version, length and SHA-256. Short-lived (freshness).</summary>
public sealed record TimestampMetadata(long Version, DateTimeOffset Expires, MetaFile Snapshot)
{
    public JsonObject ToJson()
    {
        var o = MetadataFields.Header(RoleNames.Timestamp, Version, Expires);
        o["meta"] = new JsonObject { [RepositoryLayout.SnapshotMetaName] = Snapshot.ToJson() };
        return o;
    }

    public static TimestampMetadata FromJson(JsonObject signed)
    {
        MetadataFields.ExpectType(signed, RoleNames.Timestamp);
        var (version, expires) = MetadataFields.VersionAndExpiry(signed);
        var meta = MetadataFields.Object(MetadataFields.Object(signed, "meta"), RepositoryLayout.SnapshotMetaName);
        var snapshot = MetaFile.FromJson(meta);
        if (snapshot.Length is null || snapshot.Sha256 is null) throw new MetadataFormatException(new("trust.timestampMetaIncomplete"));
        return new TimestampMetadata(version, expires, snapshot);
    }
}

/// <summary>snapshot.json's signed part: the version of every channel's targets metadata (CHANNEL/targets.json), so no two versions are mixed.</summary>
public sealed record SnapshotMetadata(long Version, DateTimeOffset Expires, IReadOnlyDictionary<string, MetaFile> Meta)
{
    public JsonObject ToJson()
    {
        var o = MetadataFields.Header(RoleNames.Snapshot, Version, Expires);
        var meta = new JsonObject();
        foreach (var (name, file) in Meta.OrderBy(m => m.Key, StringComparer.Ordinal)) meta[name] = file.ToJson();
        o["meta"] = meta;
        return o;
    }

    public static SnapshotMetadata FromJson(JsonObject signed)
    {
        MetadataFields.ExpectType(signed, RoleNames.Snapshot);
        var (version, expires) = MetadataFields.VersionAndExpiry(signed);
        var meta = new Dictionary<string, MetaFile>(StringComparer.Ordinal);
        foreach (var (name, node) in MetadataFields.Object(signed, "meta"))
        {
            meta[name] = MetaFile.FromJson(node as JsonObject ?? throw new MetadataFormatException(new("trust.metaNotObject", ("name", name))));
        }
        return new SnapshotMetadata(version, expires, meta);
    }
}

/// <summary>One target: its length, SHA-256 and custom fields (the manifest's bundleVersion).</summary>
public sealed record TargetFile(long Length, string Sha256, long? BundleVersion = null)
{
    public JsonObject ToJson()
    {
        var o = new JsonObject { ["length"] = Length, ["hashes"] = new JsonObject { ["sha256"] = Sha256 } };
        if (BundleVersion is { } v) o["custom"] = new JsonObject { ["bundleVersion"] = v };
        return o;
    }

    public static TargetFile FromJson(JsonObject o)
    {
        var length = MetadataFields.Integer(o, "length");
        if (length < 0) throw new MetadataFormatException(new("trust.lengthNegative"));
        var sha = MetadataFields.Sha256Of(o) ?? throw new MetadataFormatException(new("trust.targetLacksSha256"));
        long? bundleVersion = o["custom"] is JsonObject custom && custom.ContainsKey("bundleVersion") ? MetadataFields.Integer(custom, "bundleVersion") : null;
        return new TargetFile(length, sha, bundleVersion);
    }
}

/// <summary>
/// A channel's targets metadata (metadata/CHANNEL/V.targets.json): signed by a threshold of the
/// targets role (the officials), long-lived; lists the channel's manifest.json, which lists every file.
/// </summary>
public sealed record TargetsMetadata(long Version, DateTimeOffset Expires, IReadOnlyDictionary<string, TargetFile> Targets)
{
    public JsonObject ToJson()
    {
        var o = MetadataFields.Header(RoleNames.Targets, Version, Expires);
        var targets = new JsonObject();
        foreach (var (path, file) in Targets.OrderBy(t => t.Key, StringComparer.Ordinal)) targets[path] = file.ToJson();
        o["targets"] = targets;
        return o;
    }

    public static TargetsMetadata FromJson(JsonObject signed)
    {
        MetadataFields.ExpectType(signed, RoleNames.Targets);
        var (version, expires) = MetadataFields.VersionAndExpiry(signed);
        var targets = new Dictionary<string, TargetFile>(StringComparer.Ordinal);
        foreach (var (path, node) in MetadataFields.Object(signed, "targets"))
        {
            targets[path] = TargetFile.FromJson(node as JsonObject ?? throw new MetadataFormatException(new("trust.targetNotObject", ("path", path))));
        }
        return new TargetsMetadata(version, expires, targets);
    }
}
