using System.Security.Cryptography;
using CatalogTools.Publishing.Serving;

namespace CatalogTools.Publishing.ObjectStore;

/// <summary>What an upload did: files uploaded (in order), left as they were, and deleted.</summary>
public sealed record UploadResult(IReadOnlyList<string> Uploaded, int Unchanged, IReadOnlyList<string> Deleted, long BytesUploaded);

/// <summary>
/// Uploads a publish folder to object storage so that a reader never sees a version whose files are
/// missing: first every changed content file (pages, documents, assets), then versioned metadata, then
/// the current pointers (delta.json, manifest.sig, manifest.json, releases.json), the freshness file
/// (timestamp.json) last, and only then the objects the folder no longer has are deleted. Only changed
/// files are uploaded: the store's listing is compared by size and ETag (the MD5 of a single-part
/// upload). The store's releases.json is merged into the folder's first. Dot-files and dot-folders (staging folders, a pull's work folder) are not uploaded; a
/// symbolic link in the folder stops the upload before anything is sent.
/// </summary>
public static class BundleUpload
{
    private const int Parallel = 8;

    public static async Task<UploadResult> UploadAsync(string folder, S3Location target, IObjectStore store, DateTimeOffset now, CancellationToken cancellation = default)
    {
        var root = Path.GetFullPath(folder);
        // Another machine may have published to the same place: its releases stay in the record.
        if (await store.GetAsync(target.Key(Fleet.ReleaseLedger.FileName), 64L << 20, cancellation) is { } ledger && Fleet.ReleaseLedger.Parse(ledger, out _) is { } theirs)
        {
            Fleet.ReleaseLedger.Record(root, theirs, now);
        }
        var local = LocalFiles(root);
        var remote = await store.ListAsync(target.Prefix.Length == 0 ? "" : target.Prefix + "/", cancellation);

        var changed = new List<(string Path, string File, long Size)>();
        var unchanged = 0;
        foreach (var (relative, file) in local)
        {
            var size = new FileInfo(file).Length;
            if (remote.TryGetValue(target.Key(relative), out var held) && held.Size == size && string.Equals(held.ETag, Md5(file), StringComparison.OrdinalIgnoreCase))
            {
                unchanged++;
                continue;
            }
            changed.Add((relative, file, size));
        }

        var uploaded = new List<string>();
        long bytes = 0;
        foreach (var stage in changed.GroupBy(c => UploadOrder.StageOf(c.Path)).OrderBy(g => g.Key))
        {
            // Current pointers channel by channel (each channel's signature just before its manifest), the release record after them all.
            var files = stage
                .OrderBy(c => stage.Key == UploadStage.Metadata && UploadOrder.RankInStage(c.Path) == 3 ? 1 : 0)
                .ThenBy(c => stage.Key == UploadStage.Metadata ? c.Path[..(c.Path.LastIndexOf('/') + 1)] : "", StringComparer.Ordinal)
                .ThenBy(c => UploadOrder.RankInStage(c.Path)).ThenBy(c => c.Path, StringComparer.Ordinal).ToList();
            if (stage.Key == UploadStage.Content)
            {
                // Content may go in any order (nothing points to it yet); every content upload ends before the first metadata one starts.
                await System.Threading.Tasks.Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellation },
                    async (c, token) => await store.PutAsync(target.Key(c.Path), c.File, MediaTypes.Of(c.Path), UploadOrder.CacheControl(c.Path), token));
            }
            else
            {
                foreach (var c in files) await store.PutAsync(target.Key(c.Path), c.File, MediaTypes.Of(c.Path), UploadOrder.CacheControl(c.Path), cancellation);
            }
            uploaded.AddRange(files.Select(f => f.Path));
            bytes += files.Sum(f => f.Size);
        }

        // Objects of the folders this publish holds that it no longer has: after the new version is complete and announced.
        var tops = local.Keys.Select(p => p.Contains('/') ? p[..(p.IndexOf('/') + 1)] : p).ToHashSet(StringComparer.Ordinal);
        var prefix = target.Prefix.Length == 0 ? "" : target.Prefix + "/";
        var stale = remote.Keys
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Where(k =>
            {
                var relative = k[prefix.Length..];
                var slash = relative.IndexOf('/');
                return slash > 0 && tops.Contains(relative[..(slash + 1)]) && !local.ContainsKey(relative);
            })
            .Order(StringComparer.Ordinal).ToList();
        if (stale.Count > 0) await store.DeleteAsync(stale, cancellation);
        return new UploadResult(uploaded, unchanged, stale, bytes);
    }

    /// <summary>Every file under the folder by '/'-path, without dot-entries; a symbolic link is refused.</summary>
    private static SortedDictionary<string, string> LocalFiles(string root)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos())
            {
                if (entry.Name.StartsWith('.')) continue;
                if (entry.LinkTarget is not null) throw new ObjectStoreException(new("objectStore.symlink", ("path", entry.FullName)));
                if (entry is DirectoryInfo) pending.Push(entry.FullName);
                else files[Path.GetRelativePath(root, entry.FullName).Replace('\\', '/')] = entry.FullName;
            }
        }
        return files;
    }

    private static string Md5(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Convert.ToHexStringLower(MD5.HashData(stream));
    }
}
