using System.Security.Cryptography;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.Trust;

/// <summary>
/// The last step of a publish (and `catalog release`): when every channel's newest targets metadata
/// has a threshold of signatures under the newest root, write the snapshot (a new version only when
/// what it lists changed) and then the timestamp (always a new version, expiring after the given
/// lifetime). Keys are those given that the root lists for snapshot and timestamp.
/// </summary>
public static class TrustRelease
{
    public static TrustPublishResult Release(string output, IReadOnlyList<SigningKey> keys, DateTimeOffset now, TimeSpan timestampLifetime, bool defaultRootCreated = false)
    {
        var problems = new List<MessageText>();
        var pending = new List<PendingSignatures>();
        var metadata = Path.Combine(output, RepositoryLayout.MetadataFolder);
        var root = LoadRoot(metadata, problems);
        if (root is null) return new TrustPublishResult(problems, pending, 0, defaultRootCreated, new Dictionary<string, long>(), null, null);

        var meta = new Dictionary<string, MetaFile>(StringComparer.Ordinal);
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        var expires = DateTimeOffset.MaxValue;
        foreach (var channelFolder in Directory.Exists(metadata) ? Directory.EnumerateDirectories(metadata).Order(StringComparer.Ordinal).ToList() : [])
        {
            var channel = Path.GetFileName(channelFolder);
            if (channel.StartsWith('.')) continue;
            var latest = MetadataFolder.Versions(channelFolder, "targets.json");
            if (latest.Count == 0) continue;
            var version = latest[^1];
            var relative = RepositoryLayout.TargetsFile(channel, version);
            var path = Path.Combine(output, relative);
            var bytes = File.ReadAllBytes(path);
            var signed = SignedMetadata.Parse(bytes, out var error);
            TargetsMetadata? targets = null;
            try
            {
                targets = signed is null ? null : TargetsMetadata.FromJson(signed.Signed);
            }
            catch (MetadataFormatException e)
            {
                error = e.Reason;
            }
            if (signed is null || targets is null)
            {
                problems.Add(new("trust.fileUnreadable", ("file", relative), ("error", error)));
                continue;
            }
            var valid = SignatureCheck.ValidCount(signed, root, RoleNames.Targets);
            var threshold = root.Roles[RoleNames.Targets].Threshold;
            if (valid < threshold) pending.Add(new PendingSignatures(relative, RoleNames.Targets, valid, threshold));
            meta[RepositoryLayout.TargetsMetaName(channel)] = new MetaFile(version, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            versions[channel] = version;
            if (targets.Expires < expires) expires = targets.Expires;
        }
        if (meta.Count == 0) problems.Add(new("trust.noTargets"));
        if (problems.Count > 0 || pending.Count > 0) return new TrustPublishResult(problems, pending, root.Version, defaultRootCreated, versions, null, null);

        // Snapshot: the previous one when it lists the same, else the next version.
        var snapshotVersions = MetadataFolder.Versions(metadata, "snapshot.json");
        long snapshotVersion;
        byte[]? snapshotBytes = null;
        if (snapshotVersions.Count > 0 && SameMeta(Path.Combine(output, RepositoryLayout.SnapshotFile(snapshotVersions[^1])), meta, expires, root))
        {
            snapshotVersion = snapshotVersions[^1];
            snapshotBytes = File.ReadAllBytes(Path.Combine(output, RepositoryLayout.SnapshotFile(snapshotVersion)));
        }
        else
        {
            snapshotVersion = snapshotVersions.Count == 0 ? 1 : snapshotVersions[^1] + 1;
            var snapshot = new SignedMetadata(new SnapshotMetadata(snapshotVersion, expires, meta).ToJson());
            if (!SignAsRole(snapshot, root, RoleNames.Snapshot, keys, RepositoryLayout.SnapshotFile(snapshotVersion), problems)) return new TrustPublishResult(problems, pending, root.Version, defaultRootCreated, versions, null, null);
            snapshotBytes = snapshot.ToBytes();
            MetadataFolder.WriteAtomically(Path.Combine(output, RepositoryLayout.SnapshotFile(snapshotVersion)), snapshotBytes);
        }

        // Timestamp, last: the one file readers look at first.
        var timestampPath = Path.Combine(output, RepositoryLayout.TimestampFile);
        long previous = 0;
        if (MetadataFolder.Read(timestampPath, out _) is { } old)
        {
            try { previous = TimestampMetadata.FromJson(old.Signed).Version; } catch (MetadataFormatException) { }
        }
        var timestamp = new SignedMetadata(new TimestampMetadata(previous + 1, now + timestampLifetime,
            new MetaFile(snapshotVersion, snapshotBytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(snapshotBytes)))).ToJson());
        if (!SignAsRole(timestamp, root, RoleNames.Timestamp, keys, RepositoryLayout.TimestampFile, problems)) return new TrustPublishResult(problems, pending, root.Version, defaultRootCreated, versions, snapshotVersion, null);
        MetadataFolder.WriteAtomically(timestampPath, timestamp.ToBytes());
        return new TrustPublishResult(problems, pending, root.Version, defaultRootCreated, versions, snapshotVersion, previous + 1);
    }

    /// <summary>The newest root of a metadata folder (as written there; its chain was verified when it was copied in).</summary>
    internal static RootMetadata? LoadRoot(string metadata, List<MessageText> problems)
    {
        var versions = MetadataFolder.Versions(metadata, "root.json");
        if (versions.Count == 0)
        {
            problems.Add(new("trust.noRootIn", ("folder", metadata)));
            return null;
        }
        var file = Path.Combine(metadata, $"{versions[^1]}.root.json");
        var signed = MetadataFolder.Read(file, out var error);
        try
        {
            if (signed is not null) return RootMetadata.FromJson(signed.Signed);
        }
        catch (MetadataFormatException e)
        {
            error = e.Reason;
        }
        problems.Add(new("trust.fileUnreadable", ("file", file), ("error", error)));
        return null;
    }

    /// <summary>Signs with every given key the root lists for the role; false (with a problem) when they do not reach its threshold.</summary>
    internal static bool SignAsRole(SignedMetadata metadata, RootMetadata root, string role, IReadOnlyList<SigningKey> keys, string file, List<MessageText> problems)
    {
        var allowed = root.Roles[role].KeyIds.ToHashSet(StringComparer.Ordinal);
        foreach (var key in keys.Where(k => allowed.Contains(k.KeyId)).DistinctBy(k => k.KeyId)) metadata.Sign(key);
        var valid = SignatureCheck.ValidCount(metadata, root, role);
        if (valid >= root.Roles[role].Threshold) return true;
        problems.Add(new("trust.tooFewKeys", ("file", file), ("role", role), ("threshold", root.Roles[role].Threshold), ("valid", valid), ("version", root.Version)));
        return false;
    }

    /// <summary>True when the snapshot lists exactly this and is still signed to the threshold of the current root's snapshot keys (not after their rotation).</summary>
    private static bool SameMeta(string snapshotPath, IReadOnlyDictionary<string, MetaFile> meta, DateTimeOffset expires, RootMetadata root)
    {
        try
        {
            var old = MetadataFolder.Read(snapshotPath, out _);
            if (old is null) return false;
            var parsed = SnapshotMetadata.FromJson(old.Signed);
            if (SignatureCheck.ValidCount(old, root, RoleNames.Snapshot) < root.Roles[RoleNames.Snapshot].Threshold) return false;
            return parsed.Expires == expires && parsed.Meta.Count == meta.Count && meta.All(m => parsed.Meta.TryGetValue(m.Key, out var o) && o == m.Value);
        }
        catch (MetadataFormatException)
        {
            return false;
        }
    }
}
