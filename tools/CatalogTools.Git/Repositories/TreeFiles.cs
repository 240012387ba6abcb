using LibGit2Sharp;

namespace CatalogTools.Git.Repositories;

/// <summary>Reads a catalog's files from a commit's tree (blob bytes), without checking anything out.</summary>
public sealed class TreeFiles
{
    private readonly Dictionary<string, Blob> _blobs;

    private TreeFiles(Dictionary<string, Blob> blobs) => _blobs = blobs;

    /// <summary>Catalog-relative paths of the YAML files, sorted as the loader sorts them.</summary>
    public IReadOnlyList<string> Paths => _blobs.Keys.OrderBy(p => p, StringComparer.Ordinal).ToList();

    public static TreeFiles Of(CatalogRepository repository, Commit commit)
    {
        var blobs = new Dictionary<string, Blob>(StringComparer.Ordinal);
        var root = repository.Prefix.Length == 0 ? commit.Tree : (commit[repository.Prefix]?.Target as Tree);
        if (root is not null) Walk(root, "", blobs);
        return new TreeFiles(blobs);
    }

    private static void Walk(Tree tree, string prefix, Dictionary<string, Blob> blobs)
    {
        foreach (var entry in tree)
        {
            if (entry.Name.StartsWith('.')) continue;
            var path = prefix + entry.Name;
            switch (entry.TargetType)
            {
                case TreeEntryTargetType.Tree:
                    Walk((Tree)entry.Target, path + "/", blobs);
                    break;
                case TreeEntryTargetType.Blob when entry.Name.EndsWith(".yaml", StringComparison.Ordinal) || entry.Name.EndsWith(".yml", StringComparison.Ordinal):
                    blobs[path] = (Blob)entry.Target;
                    break;
            }
        }
    }

    public bool Contains(string path) => _blobs.ContainsKey(path);

    public byte[]? Read(string path) => _blobs.TryGetValue(path, out var blob) ? ReadBlob(blob) : null;

    /// <summary>The blob id, a content hash that git already computed.</summary>
    public string? BlobId(string path) => _blobs.TryGetValue(path, out var blob) ? blob.Sha : null;

    public static byte[] ReadBlob(Blob blob)
    {
        using var stream = blob.GetContentStream();
        using var buffer = new MemoryStream((int)Math.Max(0, blob.Size));
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>One file's bytes at a commit, or null when it is not there.</summary>
    public static byte[]? ReadAt(CatalogRepository repository, Commit commit, string catalogPath) =>
        commit[repository.ToRepoPath(catalogPath)]?.Target is Blob blob ? ReadBlob(blob) : null;
}
