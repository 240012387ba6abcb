using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.Audit;

/// <summary>
/// One channel as it is served, wherever it is read from: a folder (<see cref="FolderFiles"/>) or a
/// crawled URL (<see cref="CrawledFiles"/>). Paths are relative to the channel's root, with '/'.
/// </summary>
public interface IServedFiles
{
    /// <summary>web, mobile or kiosk.</summary>
    string Channel { get; }

    /// <summary>Where the channel was read from (a folder or a URL), for messages.</summary>
    string Origin { get; }

    /// <summary>Every file known to be served, in ordinal order.</summary>
    IReadOnlyList<string> Paths { get; }

    bool Exists(string relative);

    /// <summary>The file's bytes, or null when it is not served.</summary>
    byte[]? Read(string relative);

    /// <summary>Files that could not be read (HTTP errors, timeouts), with the reason: not the same as missing.</summary>
    IReadOnlyDictionary<string, MessageText> Failures { get; }

    /// <summary>Why the channel was read only in part (a crawl limit was reached); null when it was read whole.</summary>
    MessageText? Incomplete { get; }
}

/// <summary>A channel folder on disk (a bundle as published or as copied downstream).</summary>
public sealed class FolderFiles : IServedFiles
{
    private readonly string _root;
    private readonly Lazy<IReadOnlyList<string>> _paths;

    public FolderFiles(string directory, string channel)
    {
        _root = Path.GetFullPath(directory);
        Channel = channel;
        _paths = new Lazy<IReadOnlyList<string>>(() => Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'))
            .Where(r => !r.Split('/').Any(p => p.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList());
    }

    public string Channel { get; }

    public string Origin => _root;

    public IReadOnlyList<string> Paths => _paths.Value;

    public bool Exists(string relative) => File.Exists(Full(relative));

    public byte[]? Read(string relative)
    {
        var full = Full(relative);
        return File.Exists(full) ? File.ReadAllBytes(full) : null;
    }

    public IReadOnlyDictionary<string, MessageText> Failures { get; } = new Dictionary<string, MessageText>();

    public MessageText? Incomplete => null;

    // Relative paths come from the source's own renderers or from the folder's listing, never from page content.
    private string Full(string relative) => Path.Combine(_root, relative.Replace('/', Path.DirectorySeparatorChar));
}
