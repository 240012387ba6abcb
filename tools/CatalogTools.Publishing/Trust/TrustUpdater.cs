using System.Security.Cryptography;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Trust;

/// <summary>
/// A channel's update of its trust metadata, in TUF's order (specification §5.3–5.6): follow root
/// rotations; timestamp (threshold, no rollback, not expired); the snapshot it names (length and
/// SHA-256 as the timestamp says, threshold, the version it says, no targets version going back, not
/// expired); each channel's targets metadata (the version the snapshot says, threshold of the targets
/// role, not expired, every target path a safe path under the channel). The caller then checks the
/// manifest against <see cref="TrustUpdate.CheckManifest"/> and every file against the manifest.
/// </summary>
public static class TrustUpdater
{
    public static TrustUpdate Update(TrustedRoot root, TrustState? previous, IMetadataSource source, IReadOnlyList<string> channels, DateTimeOffset now)
    {
        var problems = new List<Diagnostic>();
        var targets = new Dictionary<string, TargetsMetadata>(StringComparer.Ordinal);
        TrustUpdate Done(TimestampMetadata? ts = null, SnapshotMetadata? snap = null) =>
            new(problems, root, ts, snap, targets, problems.Count == 0 && ts is not null && snap is not null
                ? new TrustState(ts.Version, snap.Version, targets.ToDictionary(t => t.Key, t => t.Value.Version, StringComparer.Ordinal),
                    TrustState.Fingerprint(root.Root, RoleNames.Timestamp), TrustState.Fingerprint(root.Root, RoleNames.Snapshot), TrustState.Fingerprint(root.Root, RoleNames.Targets))
                : null);

        problems.AddRange(root.FollowRotations(path => Read(source, path, RepositoryLayout.MaxRootBytes, problems)));
        if (problems.Count > 0) return Done();
        if (root.CheckExpiry(now) is { } rootExpired)
        {
            problems.Add(rootExpired);
            return Done();
        }
        // A rotation that replaced a role's keys voids what was remembered of that role (recovery from a fast-forward).
        var keep = previous;
        var keepTimestamp = keep is not null && keep.TimestampKeys == TrustState.Fingerprint(root.Root, RoleNames.Timestamp);
        var keepSnapshot = keep is not null && keep.SnapshotKeys == TrustState.Fingerprint(root.Root, RoleNames.Snapshot) && keepTimestamp;
        var keepTargets = keep is not null && keep.TargetsKeys == TrustState.Fingerprint(root.Root, RoleNames.Targets) && keepSnapshot;

        // Timestamp.
        var tsFile = RepositoryLayout.TimestampFile;
        var tsBytes = Read(source, tsFile, RepositoryLayout.MaxTimestampBytes, problems);
        if (tsBytes is null)
        {
            if (problems.Count == 0) problems.Add(TrustFindings.Invalid(tsFile, new("trust.missing")));
            return Done();
        }
        var timestamp = Parse(tsBytes, tsFile, RoleNames.Timestamp, root.Root, problems, TimestampMetadata.FromJson);
        if (timestamp is null) return Done();
        if (keepTimestamp && timestamp.Version < keep!.TimestampVersion) problems.Add(TrustFindings.Rollback(tsFile, RoleNames.Timestamp, timestamp.Version, keep.TimestampVersion));
        if (keepTimestamp && timestamp.Snapshot.Version < keep!.SnapshotVersion) problems.Add(TrustFindings.Rollback(tsFile, RoleNames.Snapshot, timestamp.Snapshot.Version, keep.SnapshotVersion));
        if (now >= timestamp.Expires) problems.Add(TrustFindings.Expired(tsFile, RoleNames.Timestamp, timestamp.Expires, now));
        if (problems.Count > 0) return Done(timestamp);

        // Snapshot: exactly the bytes the timestamp names.
        var snapFile = RepositoryLayout.SnapshotFile(timestamp.Snapshot.Version);
        var snapBytes = Read(source, snapFile, Math.Min(timestamp.Snapshot.Length!.Value, RepositoryLayout.MaxSnapshotBytes), problems);
        if (snapBytes is null)
        {
            if (problems.Count == 0) problems.Add(TrustFindings.Invalid(snapFile, new("trust.missing")));
            return Done(timestamp);
        }
        if (MismatchOf(snapBytes, timestamp.Snapshot, snapFile, tsFile) is { } snapMismatch)
        {
            problems.Add(snapMismatch);
            return Done(timestamp);
        }
        var snapshot = Parse(snapBytes, snapFile, RoleNames.Snapshot, root.Root, problems, SnapshotMetadata.FromJson);
        if (snapshot is null) return Done(timestamp);
        if (snapshot.Version != timestamp.Snapshot.Version)
        {
            problems.Add(TrustFindings.Mismatch(snapFile, tsFile, new("trust.versionExpected", ("version", snapshot.Version), ("expected", timestamp.Snapshot.Version))));
        }
        if (keepTargets)
        {
            foreach (var (channel, version) in keep!.TargetsVersions)
            {
                var name = RepositoryLayout.TargetsMetaName(channel);
                if (!snapshot.Meta.TryGetValue(name, out var now_))
                {
                    problems.Add(TrustFindings.Mismatch(snapFile, name, new("trust.snapshotDropsTargets")));
                }
                else if (now_.Version < version)
                {
                    problems.Add(TrustFindings.Rollback(snapFile, $"{RoleNames.Targets} ({channel})", now_.Version, version));
                }
            }
        }
        if (now >= snapshot.Expires) problems.Add(TrustFindings.Expired(snapFile, RoleNames.Snapshot, snapshot.Expires, now));
        if (problems.Count > 0) return Done(timestamp, snapshot);

        // Each channel's targets metadata, of exactly the version the snapshot names.
        foreach (var channel in channels)
        {
            var name = RepositoryLayout.TargetsMetaName(channel);
            if (!snapshot.Meta.TryGetValue(name, out var meta))
            {
                problems.Add(TrustFindings.Invalid(snapFile, new("trust.snapshotLacksTargets", ("channel", channel), ("name", name))));
                continue;
            }
            var file = RepositoryLayout.TargetsFile(channel, meta.Version);
            var bytes = Read(source, file, Math.Min(meta.Length ?? RepositoryLayout.MaxTargetsBytes, RepositoryLayout.MaxTargetsBytes), problems);
            if (bytes is null)
            {
                if (!problems.Any(p => p.File == file)) problems.Add(TrustFindings.Invalid(file, new("trust.missing")));
                continue;
            }
            if (MismatchOf(bytes, meta, file, snapFile) is { } mismatch)
            {
                problems.Add(mismatch);
                continue;
            }
            var parsed = Parse(bytes, file, RoleNames.Targets, root.Root, problems, TargetsMetadata.FromJson);
            if (parsed is null) continue;
            if (parsed.Version != meta.Version)
            {
                problems.Add(TrustFindings.Mismatch(file, snapFile, new("trust.versionExpected", ("version", parsed.Version), ("expected", meta.Version))));
                continue;
            }
            if (now >= parsed.Expires) problems.Add(TrustFindings.Expired(file, RoleNames.Targets, parsed.Expires, now));
            foreach (var path in parsed.Targets.Keys)
            {
                if (!BundlePath.IsSafeRelative(path)) problems.Add(TrustFindings.UnsafeTarget(file, path, new("trust.targetNotSafe")));
                else if (!path.StartsWith(channel + "/", StringComparison.Ordinal)) problems.Add(TrustFindings.UnsafeTarget(file, path, new("trust.targetOutsideChannel", ("channel", channel))));
            }
            if (!parsed.Targets.ContainsKey(RepositoryLayout.ManifestTarget(channel)))
            {
                problems.Add(TrustFindings.Invalid(file, new("trust.manifestTargetMissing", ("target", RepositoryLayout.ManifestTarget(channel)))));
            }
            targets[channel] = parsed;
        }
        return Done(timestamp, snapshot);
    }

    /// <summary>Signature threshold of the role, then the typed signed part; null (with the problem added) on failure.</summary>
    private static T? Parse<T>(byte[] bytes, string file, string role, RootMetadata root, List<Diagnostic> problems, Func<System.Text.Json.Nodes.JsonObject, T> read) where T : class
    {
        var signed = SignedMetadata.Parse(bytes, out var error);
        if (signed is null)
        {
            problems.Add(TrustFindings.Invalid(file, error));
            return null;
        }
        if (SignatureCheck.Threshold(signed, root, role, file) is { } threshold)
        {
            problems.Add(threshold);
            return null;
        }
        try
        {
            return read(signed.Signed);
        }
        catch (MetadataFormatException e)
        {
            problems.Add(TrustFindings.Invalid(file, e.Reason));
            return null;
        }
    }

    private static Diagnostic? MismatchOf(byte[] bytes, MetaFile expected, string file, string parent)
    {
        if (expected.Length is { } length && bytes.LongLength != length)
        {
            return TrustFindings.Mismatch(file, parent, new("trust.lengthExpected", ("length", bytes.LongLength), ("expected", length)));
        }
        if (expected.Sha256 is { } sha)
        {
            var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (actual != sha) return TrustFindings.Mismatch(file, parent, new("trust.sha256Expected", ("sha", actual), ("expected", sha)));
        }
        return null;
    }

    private static byte[]? Read(IMetadataSource source, string path, long max, List<Diagnostic> problems)
    {
        try
        {
            return source.Read(path, max);
        }
        catch (TooLongException e)
        {
            problems.Add(TrustFindings.Mismatch(path, "limit", new("trust.tooLong", ("limit", e.Limit))));
            return null;
        }
    }
}
