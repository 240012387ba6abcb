using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Writing;
using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Trust;

/// <summary>What to write trust metadata for, after the channel folders of a publish are in place.</summary>
public sealed record TrustPublishRequest(
    string OutputDirectory,
    IReadOnlyList<string> Channels,
    IReadOnlyList<SigningKey> Keys,
    string? TrustFolder,
    DateTimeOffset SourceTime,
    DateTimeOffset Now,
    TimeSpan TimestampLifetime);

/// <summary>
/// Writes a publish's trust metadata in the order that keeps readers safe: the root chain (from the
/// trust folder, verified; or a default root of the one key given), content-addressed copies of every
/// channel file (hard links; after an update, of the files it changed: <see cref="ContentLinks"/>), each channel's targets metadata (signed by the given keys the root lists
/// for targets), and, when every channel's targets metadata has its threshold, snapshot and timestamp
/// (<see cref="TrustRelease"/>). A publish killed in between leaves readers on the previous timestamp,
/// whose files are all still there.
/// </summary>
public static class TrustPublisher
{
    /// <summary>How long a default root (one key for every role) is valid from the source time.</summary>
    public static readonly TimeSpan DefaultRootLifetime = TimeSpan.FromDays(365);

    public static TrustPublishResult Publish(TrustPublishRequest request)
    {
        var problems = new List<MessageText>();
        var metadata = Path.Combine(request.OutputDirectory, RepositoryLayout.MetadataFolder);
        var defaultRoot = false;
        if (request.TrustFolder is not null)
        {
            if (!CopyChain(request.TrustFolder, metadata, problems)) return Stop(problems, 0, false);
        }
        else if (MetadataFolder.Versions(metadata, "root.json").Count == 0)
        {
            if (request.Keys.Count == 0) return Stop([new("trust.noRoot")], 0, false);
            WriteDefaultRoot(metadata, request.Keys[0], request.SourceTime + DefaultRootLifetime);
            defaultRoot = true;
        }
        var root = TrustRelease.LoadRoot(metadata, problems);
        if (root is null) return Stop(problems, 0, defaultRoot);

        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var channel in request.Channels)
        {
            var manifestPath = Path.Combine(request.OutputDirectory, channel, BundleManifest.FileName);
            if (!File.Exists(manifestPath)) continue;
            var bytes = File.ReadAllBytes(manifestPath);
            // An update whose base release is linked already links only what its delta.json names: no parse of every entry.
            var manifest = ManifestCodec.ReadHeader(bytes) is { } header && ContentLinks.LinkDelta(request.OutputDirectory, channel, header, bytes) ? header : null;
            if (manifest is null)
            {
                manifest = BundleManifest.Parse(bytes, out var error);
                if (manifest is null)
                {
                    problems.Add(new("trust.fileUnreadable", ("file", $"{channel}/{BundleManifest.FileName}"), ("error", error)));
                    continue;
                }
                LinkContent(request.OutputDirectory, channel, manifest, bytes);
            }
            versions[channel] = WriteTargets(request.OutputDirectory, channel, manifest, bytes, root, request.Keys);
        }
        if (problems.Count > 0) return Stop(problems, root.Version, defaultRoot);
        var released = TrustRelease.Release(request.OutputDirectory, request.Keys, request.Now, request.TimestampLifetime, defaultRoot);
        return released with { TargetsVersions = versions };
    }

    private static TrustPublishResult Stop(List<MessageText> problems, long rootVersion, bool defaultRoot) =>
        new(problems, [], rootVersion, defaultRoot, new Dictionary<string, long>(), null, null);

    /// <summary>A root in which one key holds every role with threshold 1 (the single-key flow), signed by it.</summary>
    public static void WriteDefaultRoot(string metadata, SigningKey key, DateTimeOffset expires)
    {
        var roles = RoleNames.All.ToDictionary(r => r, _ => new RoleKeys([key.KeyId], 1), StringComparer.Ordinal);
        var root = new SignedMetadata(new RootMetadata(1, expires, new Dictionary<string, TrustKey> { [key.KeyId] = key.Public }, roles).ToJson());
        root.Sign(key);
        MetadataFolder.WriteAtomically(Path.Combine(metadata, "1.root.json"), root.ToBytes());
    }

    /// <summary>Verifies the trust folder's chain 1 → N (each signed by the previous root's and its own root keys) and copies every version into the publish folder.</summary>
    private static bool CopyChain(string trustFolder, string metadata, List<MessageText> problems)
    {
        var versions = MetadataFolder.Versions(trustFolder, "root.json");
        if (versions.Count == 0 || versions[0] != 1 || versions.Select((v, i) => v != i + 1).Any(gap => gap))
        {
            problems.Add(new("trust.rootChainGaps", ("folder", trustFolder)));
            return false;
        }
        var files = versions.Select(v => (Version: v, Bytes: File.ReadAllBytes(Path.Combine(trustFolder, $"{v}.root.json")))).ToList();
        var trusted = TrustedRoot.Load(files[0].Bytes, RepositoryLayout.RootFile(1), out var problem);
        foreach (var (version, bytes) in files.Skip(1))
        {
            if (trusted is null) break;
            problem = trusted.Update(bytes, RepositoryLayout.RootFile(version));
            if (problem is not null) break;
        }
        if (trusted is null || problem is not null)
        {
            problems.Add(new("trust.rootChainInvalid", ("rule", problem!.Rule.Id), ("problem", TrustFindings.FullMessageOf(problem))));
            return false;
        }
        foreach (var (version, bytes) in files)
        {
            var target = Path.Combine(metadata, $"{version}.root.json");
            if (!File.Exists(target) || !File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes)) MetadataFolder.WriteAtomically(target, bytes);
        }
        return true;
    }

    /// <summary>Gives every file of the channel, and its manifest, a content-addressed second name under targets/ (kept when present).</summary>
    private static void LinkContent(string output, string channel, BundleManifest manifest, byte[] manifestBytes)
    {
        var links = new ContentLinks(output, channel);
        foreach (var file in manifest.Files) links.Link(file.Path, file.Sha256);
        links.LinkManifest(manifestBytes);
    }

    /// <summary>
    /// The channel's targets metadata for this manifest: the newest one when it already says the same
    /// (gaining the given keys' signatures unless a snapshot has released it), else a new version — the
    /// bundle version, or the newest plus one when that is not newer.
    /// </summary>
    private static long WriteTargets(string output, string channel, BundleManifest manifest, byte[] manifestBytes, RootMetadata root, IReadOnlyList<SigningKey> keys)
    {
        var entry = new TargetFile(manifestBytes.LongLength, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(manifestBytes)), manifest.BundleVersion);
        var targets = new Dictionary<string, TargetFile>(StringComparer.Ordinal) { [RepositoryLayout.ManifestTarget(channel)] = entry };
        var folder = Path.Combine(output, RepositoryLayout.MetadataFolder, channel);
        var existing = MetadataFolder.Versions(folder, "targets.json");
        var expires = manifest.ValidUntilTime;
        if (existing.Count > 0)
        {
            var newest = existing[^1];
            var path = Path.Combine(output, RepositoryLayout.TargetsFile(channel, newest));
            var old = MetadataFolder.Read(path, out _);
            TargetsMetadata? parsed = null;
            try { parsed = old is null ? null : TargetsMetadata.FromJson(old.Signed); } catch (MetadataFormatException) { }
            if (parsed is not null && parsed.Expires == expires && parsed.Targets.Count == 1 && parsed.Targets.TryGetValue(RepositoryLayout.ManifestTarget(channel), out var same) && same == entry)
            {
                if (!Released(output, channel, newest))
                {
                    var allowed = root.Roles[RoleNames.Targets].KeyIds.ToHashSet(StringComparer.Ordinal);
                    var before = old!.Signatures.Count;
                    foreach (var key in keys.Where(k => allowed.Contains(k.KeyId) && !old.Signatures.Any(s => s.KeyId == k.KeyId))) old.Sign(key);
                    if (old.Signatures.Count != before) MetadataFolder.WriteAtomically(path, old.ToBytes());
                    return newest;
                }
                // Released and still valid under the current root: unchanged. After a rotation of the targets keys: a new version signed by the new keys.
                if (SignatureCheck.ValidCount(old!, root, RoleNames.Targets) >= root.Roles[RoleNames.Targets].Threshold) return newest;
            }
        }
        var version = existing.Count > 0 && manifest.BundleVersion <= existing[^1] ? existing[^1] + 1 : manifest.BundleVersion;
        var signed = new SignedMetadata(new TargetsMetadata(version, expires, targets).ToJson());
        var allowedKeys = root.Roles[RoleNames.Targets].KeyIds.ToHashSet(StringComparer.Ordinal);
        foreach (var key in keys.Where(k => allowedKeys.Contains(k.KeyId)).DistinctBy(k => k.KeyId)) signed.Sign(key);
        MetadataFolder.WriteAtomically(Path.Combine(output, RepositoryLayout.TargetsFile(channel, version)), signed.ToBytes());
        return version;
    }

    /// <summary>True when the newest snapshot already lists this targets version (its bytes are then fixed: the snapshot records their SHA-256).</summary>
    public static bool Released(string output, string channel, long version)
    {
        var metadata = Path.Combine(output, RepositoryLayout.MetadataFolder);
        var snapshots = MetadataFolder.Versions(metadata, "snapshot.json");
        if (snapshots.Count == 0) return false;
        var snapshot = MetadataFolder.Read(Path.Combine(output, RepositoryLayout.SnapshotFile(snapshots[^1])), out _);
        try
        {
            return snapshot is not null && SnapshotMetadata.FromJson(snapshot.Signed).Meta.TryGetValue(RepositoryLayout.TargetsMetaName(channel), out var m) && m.Version == version;
        }
        catch (MetadataFormatException)
        {
            return false;
        }
    }
}
