using System.IO.Enumeration;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using LibGit2Sharp;

namespace CatalogTools.Git.Repositories;

/// <summary>
/// The work tree's changes under the catalog as git's own <c>git diff</c> finds them: trust the
/// index's stat data, <c>lstat</c> each indexed file once (no folder walk of libgit2's, no hash map of
/// the 10^5 entries, no second pass HEAD against index), hash only files whose stat data differ or
/// are racy (changed in the same instant the index was written), and list folders only to count
/// their files — a folder whose count matches its indexed files has no untracked file. It answers
/// only when the index under the catalog is HEAD's tree (the cache tree says so: nothing staged)
/// and nothing rewrites file contents on the way into git (no autocrlf, no attributes file); else it
/// returns null and <see cref="ChangedFiles"/> asks libgit2's status walk, which it mirrors
/// (<c>IndexStatusTests</c> compare both on real repositories).
/// </summary>
internal static class IndexStatus
{
    /// <summary>Repository paths (under the catalog) that differ between HEAD and the work tree, untracked included; null when this fast path does not apply.</summary>
    public static List<string>? TryChanges(CatalogRepository repository)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var repo = repository.Repo;
        var head = repo.Head?.Tip;
        if (head is null || Rewrites(repo)) return null;
        var indexPath = Path.Combine(repo.Info.Path, "index");
        if (Stat(Encoding.UTF8.GetBytes(indexPath + "\0")) is not { } indexStat) return null;
        var index = GitIndexFile.Read(indexPath);
        if (index?.CacheTree is null) return null;
        var prefixTree = repository.Prefix.Length == 0 ? head.Tree : head[repository.Prefix]?.Target as Tree;
        if (prefixTree is null || NodeOf(index.CacheTree, repository.Prefix) is not { TreeId: { } id } || Convert.ToHexStringLower(id) != prefixTree.Sha) return null;

        var root = repository.WorkTree.TrimEnd('/') + "/";
        var rootFolder = root.TrimEnd('/');
        var rootBytes = Encoding.UTF8.GetBytes(root);
        var prefix = Encoding.UTF8.GetBytes(repository.Prefix.Length == 0 ? "" : repository.Prefix + "/");
        var trustMode = repo.Config.Get<bool>("core.filemode")?.Value ?? true;
        var changed = new List<string>();
        // Indexed YAML files present in each folder (absolute folder path), to count against the listing.
        var present = new Dictionary<string, int>(StringComparer.Ordinal);
        var entriesOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var buffer = new byte[rootBytes.Length + 4096];
        rootBytes.CopyTo(buffer, 0);
        string? lastFolder = null;
        var lastFolderStart = 0;
        var lastFolderLength = 0;
        for (var i = 0; i < index.Entries.Count; i++)
        {
            var entry = index.Entries[i];
            var path = index.PathOf(entry);
            if (!path.StartsWith(prefix) || !IsCatalogYaml(path)) continue;
            if ((entry.Mode & 0xF000) != 0x8000) return null; // a symlink or submodule: libgit2 knows what to do
            var slash = path.LastIndexOf((byte)'/');
            var folderLength = Math.Max(slash, 0);
            if (lastFolder is null || !path[..folderLength].SequenceEqual(index.Bytes.AsSpan(lastFolderStart, lastFolderLength)))
            {
                lastFolder = slash < 0 ? rootFolder : root + Encoding.UTF8.GetString(path[..folderLength]);
                lastFolderStart = entry.PathStart;
                lastFolderLength = folderLength;
                if (!entriesOf.ContainsKey(lastFolder))
                {
                    entriesOf[lastFolder] = [];
                    present[lastFolder] = 0;
                }
            }
            entriesOf[lastFolder].Add(i);
            if (entry.AssumeUnchanged)
            {
                present[lastFolder]++;
                continue;
            }
            if (entry.Stage != 0 || entry.IntentToAdd || rootBytes.Length + path.Length + 1 > buffer.Length)
            {
                changed.Add(Encoding.UTF8.GetString(path));
                if (File.Exists(root + Encoding.UTF8.GetString(path))) present[lastFolder]++;
                continue;
            }
            path.CopyTo(buffer.AsSpan(rootBytes.Length));
            buffer[rootBytes.Length + path.Length] = 0;
            var stat = Stat(buffer);
            if (stat is not { } now || (now.Mode & 0xF000) != 0x8000)
            {
                changed.Add(Encoding.UTF8.GetString(path));
                continue;
            }
            present[lastFolder]++;
            if (Matches(entry, now, indexStat, trustMode)) continue;
            if (!SameContent(index, entry, buffer.AsSpan(0, rootBytes.Length + path.Length))) changed.Add(Encoding.UTF8.GetString(path));
        }
        if (!AddUntracked(repo, repository.Prefix, root, present, entriesOf, index, changed)) return null;
        return changed;
    }

    /// <summary>The cache-tree node of a folder ("" is the root).</summary>
    private static GitIndexFile.TreeNode? NodeOf(GitIndexFile.TreeNode root, string folder)
    {
        var node = root;
        if (folder.Length == 0) return node;
        foreach (var part in folder.Split('/'))
        {
            node = node.Children.FirstOrDefault(c => c.Name == part);
            if (node is null) return null;
        }
        return node;
    }

    /// <summary>True when git may rewrite a file's bytes before hashing it (line endings, filters): then only libgit2 can say whether it changed.</summary>
    private static bool Rewrites(Repository repo)
    {
        var autocrlf = repo.Config.Get<string>("core.autocrlf")?.Value;
        if (autocrlf is not null && !autocrlf.Equals("false", StringComparison.OrdinalIgnoreCase)) return true;
        if (repo.Config.Get<string>("core.attributesFile") is not null) return true;
        return File.Exists(Path.Combine(repo.Info.WorkingDirectory, ".gitattributes")) && AttributesRewrite(Path.Combine(repo.Info.WorkingDirectory, ".gitattributes"))
            || File.Exists(Path.Combine(repo.Info.Path, "info", "attributes")) && AttributesRewrite(Path.Combine(repo.Info.Path, "info", "attributes"));
    }

    /// <summary>An attributes file that sets anything but merge drivers, diff and export settings.</summary>
    private static bool AttributesRewrite(string path) =>
        File.ReadLines(path).Any(line => line.Contains("text") || line.Contains("eol") || line.Contains("filter") || line.Contains("ident") || line.Contains("crlf") || line.Contains("working-tree-encoding"));

    private static bool IsCatalogYaml(ReadOnlySpan<byte> path)
    {
        if (!(path.EndsWith(".yaml"u8) || path.EndsWith(".yml"u8))) return false;
        // Hidden files and folders are not catalog files (CatalogChanges.IsCatalogFile); a path with one is left out as ChangedFiles leaves it out.
        return path[0] != (byte)'.' && path.IndexOf("/."u8) < 0;
    }

    /// <summary>git's stat check: the same size, times, inode and mode, and not racily clean (changed no earlier than the index was written).</summary>
    private static bool Matches(in GitIndexFile.Entry entry, in StatxTimes now, in StatxTimes index, bool trustMode)
    {
        if (entry.Size != (uint)now.Size || entry.MtimeSeconds != (uint)now.MtimeSeconds || entry.MtimeNanoseconds != now.MtimeNanoseconds
            || entry.CtimeSeconds != (uint)now.CtimeSeconds || entry.CtimeNanoseconds != now.CtimeNanoseconds || entry.Inode != (uint)now.Inode) return false;
        if (trustMode && ((entry.Mode & 0x40) != 0) != ((now.Mode & 0x40) != 0)) return false;
        return now.MtimeSeconds < index.MtimeSeconds || (now.MtimeSeconds == index.MtimeSeconds && now.MtimeNanoseconds < index.MtimeNanoseconds);
    }

    /// <summary>The file's git blob id equals the entry's (bytes as they are: no attribute rewrites apply, see <see cref="Rewrites"/>).</summary>
    private static bool SameContent(GitIndexFile index, in GitIndexFile.Entry entry, ReadOnlySpan<byte> fullPath)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Encoding.UTF8.GetString(fullPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        sha.AppendData(Encoding.ASCII.GetBytes($"blob {bytes.Length}\0"));
        sha.AppendData(bytes);
        return sha.GetHashAndReset().AsSpan().SequenceEqual(index.IdOf(entry));
    }

    /// <summary>
    /// Untracked YAML files: every folder under the catalog is listed once and its YAML files counted
    /// (no names built); only a folder whose count differs from its indexed files present is compared
    /// name by name, and a file found only there is untracked unless git ignores it.
    /// False when an attributes file inside the catalog may rewrite bytes (see <see cref="Rewrites"/>).
    /// </summary>
    private static bool AddUntracked(Repository repo, string prefix, string root, Dictionary<string, int> present, Dictionary<string, List<int>> entriesOf, GitIndexFile index, List<string> changed)
    {
        var catalogRoot = (root + prefix).TrimEnd('/');
        if (!Directory.Exists(catalogRoot)) return true;
        var listed = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = listed.GetAlternateLookup<ReadOnlySpan<char>>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true, ReturnSpecialDirectories = false };
        var attributes = false;
        var walk = new FileSystemEnumerable<byte>(catalogRoot, (ref FileSystemEntry _) => 0, options)
        {
            ShouldRecursePredicate = (ref FileSystemEntry e) => !e.FileName.StartsWith('.'),
            ShouldIncludePredicate = (ref FileSystemEntry e) =>
            {
                attributes |= !e.IsDirectory && e.FileName.SequenceEqual(".gitattributes");
                if (e.IsDirectory || e.FileName.StartsWith('.') || !(e.FileName.EndsWith(".yaml", StringComparison.Ordinal) || e.FileName.EndsWith(".yml", StringComparison.Ordinal))) return false;
                if (lookup.TryGetValue(e.Directory, out var n)) lookup[e.Directory] = n + 1;
                else listed[e.Directory.ToString()] = 1;
                return false;
            },
        };
        foreach (var _ in walk)
        {
        }
        if (attributes) return false;
        foreach (var (folder, count) in listed)
        {
            if (present.GetValueOrDefault(folder) == count) continue;
            var known = new HashSet<string>(StringComparer.Ordinal);
            if (entriesOf.TryGetValue(folder, out var entries))
            {
                foreach (var i in entries)
                {
                    var path = index.PathOf(index.Entries[i]);
                    known.Add(Encoding.UTF8.GetString(path[(path.LastIndexOf((byte)'/') + 1)..]));
                }
            }
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                var name = Path.GetFileName(file);
                if (name.StartsWith('.') || !(name.EndsWith(".yaml", StringComparison.Ordinal) || name.EndsWith(".yml", StringComparison.Ordinal)) || known.Contains(name)) continue;
                var repoPath = file[root.Length..];
                if (!repo.Ignore.IsPathIgnored(repoPath)) changed.Add(repoPath);
            }
        }
        return true;
    }

    private static StatxTimes? Stat(byte[] nulTerminatedPath)
    {
        try
        {
            return Native.statx(AtFdCwd, nulTerminatedPath, AtSymlinkNoFollow, StatxBasicStats, out var buffer) == 0
                ? new StatxTimes(buffer.Mode, buffer.Inode, buffer.Size, buffer.CtimeSeconds, buffer.CtimeNanoseconds, buffer.MtimeSeconds, buffer.MtimeNanoseconds)
                : null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7FF;

    private readonly record struct StatxTimes(ushort Mode, ulong Inode, ulong Size, long CtimeSeconds, uint CtimeNanoseconds, long MtimeSeconds, uint MtimeNanoseconds);

    /// <summary>Linux's <c>struct statx</c> (the same layout on every architecture).</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(40)] public ulong Size;
        [FieldOffset(96)] public long CtimeSeconds;
        [FieldOffset(104)] public uint CtimeNanoseconds;
        [FieldOffset(112)] public long MtimeSeconds;
        [FieldOffset(120)] public uint MtimeNanoseconds;
    }

    private static class Native
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int statx(int dirfd, byte[] path, int flags, uint mask, out StatxBuffer buffer);
    }
}
