using CatalogTools.Core.Loading;
using CatalogTools.Publishing.Channels;

namespace CatalogTools.Publishing.Incremental;

/// <summary>
/// What the last publish into an output folder was made from, kept in the catalog's cache so that
/// the next <c>publish --since</c> loads and renders only what changed: the digest of every source
/// file, the code of every standard file, every implementation (its file, its standard, and what
/// listings show of its guide when it was published), and per channel the manifest it wrote.
/// A channel's record counts only while its manifest.json is byte for byte the one recorded.
/// <see cref="Commit"/> is the git commit the work tree was (clean) when this was recorded, or null:
/// the next update may then take the changed files from git's tree diff instead of every file's digest.
/// </summary>
public sealed record PublishState(
    string Context,
    IReadOnlyList<ChannelState> Channels,
    IReadOnlyList<SourceDigest> Sources,
    IReadOnlyList<StandardFile> Standards,
    IReadOnlyList<ImplementationRecord> Implementations,
    string? Commit = null);

/// <summary>One channel's bundle: SHA-256 of its manifest.json, its templates' fingerprint, and its shared (non-item) files.</summary>
public sealed record ChannelState(string Name, string ManifestSha256, string Templates, IReadOnlyList<string> SharedPaths);

/// <summary>A standard item and the file it is written in.</summary>
public sealed record StandardFile(string Path, string Code);

/// <summary>An implementation, its file and standard, and its guide's listing when it was published (null: inactive or unresolved).</summary>
public sealed record ImplementationRecord(string Code, string File, string StandardCode, GuideListing? Guide);
