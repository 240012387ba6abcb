using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Pull;

/// <summary>
/// The manifest a trust scheme vouches for: parsed, its exact bytes, and the metadata files to keep
/// beside it in the version folder (manifest.sig, or the signed metadata of the release).
/// </summary>
public sealed record TrustedRelease(BundleManifest Manifest, byte[] ManifestBytes, IReadOnlyDictionary<string, byte[]> MetadataFiles)
{
    /// <summary>Where a listed file is fetched from on the source (by default its path in the bundle; content-addressed under trust metadata).</summary>
    public Func<ManifestFile, string> RemotePath { get; init; } = file => file.Path;
}

/// <summary>
/// How a pull decides which manifest to trust: fetches the metadata it needs from the source,
/// checks it against what the channel trusts (keys, thresholds, the versions it accepted before,
/// the clock) and reports each refusal into the context's diagnostics. Nothing it records becomes
/// the channel's trusted state before <see cref="Commit"/>, which the puller calls only once the new
/// version is complete on disk.
/// </summary>
public interface IPullTrust
{
    Task<TrustedRelease?> ResolveAsync(PullContext context, CancellationToken cancellation);

    /// <summary>Records the release resolved as the channel's newest accepted state (rollback and freeze checks start from it next time).</summary>
    void Commit(PullContext context);
}
