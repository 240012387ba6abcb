using System.Security.Cryptography;
using CatalogTools.Core.Index;

namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// What to publish: the catalog, the output folder (one sub-folder per channel), which channels,
/// where templates are, the source version, until when the bundle is valid, the signing key
/// (null: unsigned), and optionally a previous publish to compute deltas against (a folder with
/// CHANNEL/manifest.json, or one channel's manifest.json).
/// </summary>
public sealed record PublishRequest(
    CatalogIndex Index,
    string OutputDirectory,
    IReadOnlyList<string> Channels,
    string TemplatesRoot,
    SourceVersion Source,
    DateTimeOffset ValidUntil,
    ECDsa? SigningKey,
    string? Since)
{
    /// <summary>Called with a phase name when a phase ends (CATALOG_TIMINGS); null: silent.</summary>
    public Action<string>? Progress { get; init; }
}

/// <summary>What one channel's publish did.</summary>
public sealed record ChannelResult(
    string Channel,
    string Directory,
    int Items,
    int Files,
    int FilesWritten,
    int ItemsRendered,
    bool Signed,
    BundleDelta? Delta,
    int SharedPagesReused = 0);

/// <summary>Why a publish could not run (bad templates, unreadable --since), as a value.</summary>
public sealed record PublishResult(IReadOnlyList<ChannelResult> Channels, IReadOnlyList<string> Problems, IReadOnlyList<string> SkippedItems);
