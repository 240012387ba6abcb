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

    /// <summary>The clock the rules check with (today's date); publish runs every rule before it writes.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// --skip-invalid: publish the items without errors and list the ones left out, instead of
    /// refusing the whole catalog. Errors no item can be blamed for (a registry, the policy) still refuse it.
    /// </summary>
    public bool SkipInvalid { get; init; }

    /// <summary>Where the journal of the folder switch is kept (the catalog's .catalog-cache/, so any catalog verb completes an interrupted publish); null: OUTPUT/.bundle-journal/.</summary>
    public string? JournalFolder { get; init; }
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
public sealed record PublishResult(IReadOnlyList<ChannelResult> Channels, IReadOnlyList<Core.Diagnostics.MessageText> Problems, IReadOnlyList<Core.Diagnostics.MessageText> SkippedItems)
{
    public IReadOnlyList<Channels.GuideListing> Listing { get; init; } = [];

    /// <summary>Implementations not offered, so left out of every channel, and why (retired, or over a retired or unknown standard), in code order.</summary>
    public IReadOnlyList<(string Code, Core.Diagnostics.MessageText Reason)> NotOffered { get; init; } = [];

    /// <summary>True when the update loaded and rendered only what changed since the last publish (see Incremental/).</summary>
    public bool Incremental { get; init; }

    /// <summary>Why an update with --since loaded the whole catalog (empty when it did not, or without --since).</summary>
    public string WholeLoadReason { get; init; } = "";

    /// <summary>Errors in reading the catalog: nothing was published (publishing would lose content).</summary>
    public int LoadErrors => Refusal.Count;

    /// <summary>The errors (load and rules) for which nothing was published; empty when the publish ran.</summary>
    public IReadOnlyList<Core.Diagnostics.Diagnostic> Refusal { get; init; } = [];

    /// <summary>With --skip-invalid: the items (or unreadable files) left out, each with its errors.</summary>
    public IReadOnlyList<LeftOutItem> LeftOut { get; init; } = [];

    /// <summary>True when nothing was written: errors (<see cref="Refusal"/>) or items whose codes cannot be published (<see cref="SkippedItems"/>) without --skip-invalid.</summary>
    public bool Refused => Refusal.Count > 0 || (Channels.Count == 0 && SkippedItems.Count > 0);
}

/// <summary>An item --skip-invalid left out: its code (or, for a file that did not load, its path) and the errors that made it.</summary>
public sealed record LeftOutItem(string Code, IReadOnlyList<Core.Diagnostics.Diagnostic> Errors);
