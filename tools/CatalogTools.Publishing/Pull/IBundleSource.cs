using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.Pull;

/// <summary>How one fetch ended.</summary>
public enum FetchStatus
{
    Ok,
    NotFound,
    TooLarge,

    /// <summary>The source holds something a bundle may not: a symbolic link, a path leaving its root.</summary>
    Unsafe,
    Failed,
}

/// <summary>The outcome of one fetch: status, why it failed, and how many bytes the file now holds.</summary>
public sealed record FetchOutcome(FetchStatus Status, MessageText? Detail, long Length)
{
    public static FetchOutcome Missing(MessageText detail) => new(FetchStatus.NotFound, detail, 0);

    public static FetchOutcome Failure(MessageText detail) => new(FetchStatus.Failed, detail, 0);

    /// <summary>Why, as a diagnostic argument (empty when the fetch succeeded).</summary>
    public MessageArgument Why => Detail is { } detail ? detail : "";

    /// <summary>A failure whose reason is the transport's own text (an HTTP status, an exception message).</summary>
    public static FetchOutcome Failure(string reason) => Failure(new MessageText("puller.reason", ("reason", reason)));
}

/// <summary>
/// Where a channel pulls a bundle from: a URL (<see cref="HttpBundleSource"/>) or a folder
/// (<see cref="FolderBundleSource"/>). Paths are relative to the bundle, '/'-separated and already
/// checked safe by the caller; a source adds its own refusal of anything that leaves its root.
/// </summary>
public interface IBundleSource
{
    /// <summary>The URL or folder, as shown in messages.</summary>
    string Origin { get; }

    /// <summary>
    /// Writes <paramref name="path"/> into <paramref name="destination"/>. When the destination already
    /// holds a prefix (an interrupted download), only the rest is fetched and appended (resume); a
    /// source that cannot resume rewrites it whole. Never reads more than <paramref name="maxBytes"/>:
    /// past that it stops with <see cref="FetchStatus.TooLarge"/> (endless data).
    /// </summary>
    Task<FetchOutcome> FetchAsync(string path, string destination, long maxBytes, PullTransfer transfer, CancellationToken cancellation);
}
