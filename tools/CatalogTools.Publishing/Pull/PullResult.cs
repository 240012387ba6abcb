using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.Pull;

/// <summary>How a pull ended.</summary>
public enum PullStatus
{
    /// <summary>A new version is served.</summary>
    Updated,

    /// <summary>The channel already serves the newest version.</summary>
    UpToDate,

    /// <summary>Refused or failed: the diagnostics say why; the channel serves what it served before.</summary>
    Refused,

    /// <summary>Another pull holds the channel folder's lock.</summary>
    Busy,
}

/// <summary>The outcome of one pull: status, the versions before and after, what was moved, and every refusal.</summary>
public sealed record PullResult(PullStatus Status, long? PreviousVersion, long? Version, IReadOnlyList<Diagnostic> Diagnostics, PullTransfer Transfer)
{
    /// <summary>The folder now served (the target of <c>current</c>), when there is one.</summary>
    public string? Served { get; init; }

    /// <summary>Files the new version holds.</summary>
    public int Files { get; init; }
}
