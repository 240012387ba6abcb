using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Pull;

/// <summary>
/// A bundle in a local or mounted folder (a copy on removable media, a shared drive). The folder
/// named is trusted as a starting point; below it no symbolic link is followed, so a link planted in
/// the source cannot make the channel read a file outside it.
/// </summary>
public sealed class FolderBundleSource(string root) : IBundleSource
{
    private readonly string _root = Path.GetFullPath(root);

    public string Origin => _root;

    public async Task<FetchOutcome> FetchAsync(string path, string destination, long maxBytes, PullTransfer transfer, CancellationToken cancellation)
    {
        if (!BundlePath.IsSafeRelative(path)) return new FetchOutcome(FetchStatus.Unsafe, new("puller.unsafePath"), 0);
        var current = _root;
        foreach (var segment in path.Split('/'))
        {
            current = Path.Combine(current, segment);
            var entry = new FileInfo(current);
            if (entry.LinkTarget is not null) return new FetchOutcome(FetchStatus.Unsafe, new("puller.symlink"), 0);
            if (!entry.Exists && !Directory.Exists(current)) return FetchOutcome.Missing(new("puller.notFound"));
        }
        if (Directory.Exists(current)) return FetchOutcome.Missing(new("puller.isFolder"));
        using var target = BoundedCopy.OpenForAppend(destination, out var existing);
        try
        {
            await using var source = new FileStream(current, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            if (existing > source.Length)
            {
                target.SetLength(0);
                existing = 0;
            }
            source.Seek(existing, SeekOrigin.Begin);
            if (existing > 0) transfer.Resumed(existing);
            return await BoundedCopy.ToFileAsync(source, target, existing, maxBytes, transfer.Received, cancellation);
        }
        catch (IOException e)
        {
            return FetchOutcome.Failure(e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return FetchOutcome.Failure(e.Message);
        }
    }
}
