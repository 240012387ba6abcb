using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.Trust;

/// <summary>
/// Where a reader gets repository files (metadata/…, targets/…) by their path under the publish folder
/// or URL: a local folder (<see cref="FolderSource"/>), or HTTP in the pull client.
/// </summary>
public interface IMetadataSource
{
    /// <summary>The file's bytes; null when it does not exist. Throws <see cref="TooLongException"/> past <paramref name="maxBytes"/> (never reads more).</summary>
    byte[]? Read(string path, long maxBytes);
}

/// <summary>A file longer than the reader allows for it (endless-data attack): reading stopped at the limit.</summary>
public sealed class TooLongException(string path, long limit) : IOException(new MessageText("trust.fileTooLong", ("path", path), ("limit", limit)).ToString())
{
    public string Path { get; } = path;

    public long Limit { get; } = limit;
}

/// <summary>A publish folder on disk. Symbolic links are never followed (a link reads as missing), and no path leaves the folder.</summary>
public sealed class FolderSource(string root) : IMetadataSource
{
    public byte[]? Read(string path, long maxBytes)
    {
        if (!Bundles.BundlePath.IsSafeRelative(path)) return null;
        var current = new DirectoryInfo(root);
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            current = new DirectoryInfo(System.IO.Path.Combine(current.FullName, segments[i]));
            if (!current.Exists || current.LinkTarget is not null) return null;
        }
        var file = new FileInfo(System.IO.Path.Combine(current.FullName, segments[^1]));
        if (!file.Exists || file.LinkTarget is not null) return null;
        if (file.Length > maxBytes) throw new TooLongException(path, maxBytes);
        return File.ReadAllBytes(file.FullName);
    }
}
