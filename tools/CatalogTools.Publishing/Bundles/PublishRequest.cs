using System.Security.Cryptography;

namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// What to publish: the output folder (one sub-folder per channel), which channels,
/// where templates are, the source version, until when the bundle is valid, the signing key
/// (null: unsigned), and optionally a previous publish to compute deltas against (a folder with
/// CHANNEL/manifest.json, or one channel's manifest.json).
/// </summary>
public sealed record PublishRequest(
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
    int SharedPagesReused = 0)
{
    /// <summary>SHA-256 of the manifest.json written (hex), by which the next publish knows the bundle is still as written.</summary>
    public string ManifestSha256 { get; init; } = "";

    /// <summary>Fingerprint of the templates the bundle was rendered with.</summary>
    public string Templates { get; init; } = "";

    /// <summary>The bundle's files that are not one item's (index and region pages, search, assets, delta.json).</summary>
    public IReadOnlyList<string> SharedPaths { get; init; } = [];
}

/// <summary>
/// What a publish did per channel, why it could not run (bad templates, unreadable --since) as
/// values, the items skipped, and the listing of every published guide.
/// </summary>
public sealed record PublishResult(IReadOnlyList<ChannelResult> Channels, IReadOnlyList<string> Problems, IReadOnlyList<string> SkippedItems)
{
    public IReadOnlyList<Channels.GuideListing> Listing { get; init; } = [];

    /// <summary>Implementations left out of every channel and why (retired, or over a retired or unknown standard), in code order.</summary>
    public IReadOnlyList<(string Code, string Reason)> LeftOut { get; init; } = [];

    /// <summary>True when the update loaded and rendered only what changed since the last publish (see Incremental/).</summary>
    public bool Incremental { get; init; }

    /// <summary>Why an update with --since loaded the whole catalog (empty when it did not, or without --since).</summary>
    public string WholeLoadReason { get; init; } = "";

    /// <summary>Errors in reading the catalog: nothing was published (publishing would lose content).</summary>
    public int LoadErrors { get; init; }
}
