using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.Trust;

/// <summary>What <see cref="TrustUpdater"/> found: the problems (empty: accept), the metadata it verified, and the state to remember.</summary>
public sealed record TrustUpdate(
    IReadOnlyList<Diagnostic> Problems,
    TrustedRoot Root,
    TimestampMetadata? Timestamp,
    SnapshotMetadata? Snapshot,
    IReadOnlyDictionary<string, TargetsMetadata> Targets,
    TrustState? State)
{
    public bool Accepted => Problems.Count == 0;

    /// <summary>The channel's manifest.json as its verified targets metadata lists it (length, SHA-256, bundleVersion).</summary>
    public TargetFile? Manifest(string channel) =>
        Targets.TryGetValue(channel, out var t) && t.Targets.TryGetValue(RepositoryLayout.ManifestTarget(channel), out var f) ? f : null;

    /// <summary>Null when <paramref name="manifest"/> is the one the channel's targets metadata lists; else CAT0243.</summary>
    public Diagnostic? CheckManifest(string channel, byte[] manifest, string file)
    {
        var expected = Manifest(channel);
        var targetsFile = Targets.TryGetValue(channel, out var t) ? RepositoryLayout.TargetsFile(channel, t.Version) : RepositoryLayout.TargetsMetaName(channel);
        if (expected is null) return TrustFindings.Mismatch(file, targetsFile, new("trust.manifestNotListed"));
        if (manifest.LongLength != expected.Length)
        {
            return TrustFindings.Mismatch(file, targetsFile, new("trust.lengthExpected", ("length", manifest.LongLength), ("expected", expected.Length)));
        }
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(manifest));
        return sha == expected.Sha256 ? null : TrustFindings.Mismatch(file, targetsFile, new("trust.sha256Expected", ("sha", sha), ("expected", expected.Sha256)));
    }
}
