namespace CatalogTools.Publishing.Serving;

/// <summary>
/// The folder `catalog serve` was given, resolved again for every request: when it is a link such as a
/// pull client's <c>current</c> (or a channel folder holding one), a swap to a new version is served
/// from the next request on, and the old version's folder may be pruned under a running server.
/// <see cref="StatusFile"/> is the pull client's channel-status.json beside that link, if any.
/// </summary>
internal sealed class ServedRoot
{
    private const string CurrentLink = "current";
    private readonly string _given;

    public ServedRoot(string given)
    {
        _given = Path.GetFullPath(given);
        // A pull client's channel folder: current → versions/…, channel-status.json beside it.
        var current = Path.Combine(_given, CurrentLink);
        var status = Path.Combine(_given, Fleet.ChannelStatus.FileName);
        if (new DirectoryInfo(current).LinkTarget is not null && File.Exists(status))
        {
            _given = current;
            StatusFile = status;
        }
        else if (new DirectoryInfo(_given).LinkTarget is not null && File.Exists(Path.Combine(Path.GetDirectoryName(_given)!, Fleet.ChannelStatus.FileName)))
        {
            StatusFile = Path.Combine(Path.GetDirectoryName(_given)!, Fleet.ChannelStatus.FileName);
        }
    }

    /// <summary>The pull client's status file for the served bundle, or null.</summary>
    public string? StatusFile { get; }

    /// <summary>The folder served now (the named folder is where trust starts: it may itself be a link; below it nothing is followed).</summary>
    public string Current => new DirectoryInfo(_given).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? _given;
}
