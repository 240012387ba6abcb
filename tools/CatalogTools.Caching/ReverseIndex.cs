using System.Text;
using CatalogTools.Core.Loading;

namespace CatalogTools.Caching;

/// <summary>
/// Where every implementation file is and which of them declare a code their path does not say
/// (<c>.catalog-cache/reverse.bin</c>): per folder under <c>implementations/</c>, its stamp, its
/// subfolders and its file names, each with the code it declares when misnamed (see
/// <see cref="MisnamedFiles"/>). A check of named files finds through it, without listing or
/// stat'ing the work tree, the files a whole check pairs with them: files of the same name or
/// code, a region's folder, a standard's implementations by name prefix, and every misnamed file.
/// <para>
/// Kept fresh by folder stamps: a folder's modification time moves whenever a file in it is added,
/// removed or renamed (also by an editor that saves through a rename, or a git checkout), so a run
/// stats the ~1,600 folders, not the 10^5 files, and lists and examines again only the folders
/// that changed. A folder younger than the racy window is examined again next run. What it cannot
/// see: a file rewritten in place (its folder's stamp unchanged) into a misnamed one since a run
/// last read it. Each run records what it read (<see cref="Note"/>), so the files in a check's
/// scope are always current; docs/editor.md says which diagnostics that leaves unseen.
/// </para>
/// </summary>
public sealed class ReverseIndex
{
    private const string Magic = "CATALOG-REVERSE";
    private const int FormatVersion = 1;
    public const string Root = "implementations";

    private readonly string _path;
    private readonly string _toolKey;
    private readonly Dictionary<string, Folder> _folders;
    private bool _dirty;

    /// <summary>One folder as last listed: its stamp (trusted only outside the racy window), subfolders and files.</summary>
    private sealed class Folder(string relative, FileStamp? stamp, bool trusted, List<string> subfolders, List<string> names, Dictionary<string, string> misnamed)
    {
        public string Relative { get; } = relative;
        public FileStamp? Stamp { get; } = stamp;
        public bool Trusted { get; } = trusted;
        public List<string> Subfolders { get; } = subfolders;
        /// <summary>File names (not paths), sorted.</summary>
        public List<string> Names { get; } = names;
        /// <summary>File name → the code its content declares, for misnamed files only.</summary>
        public Dictionary<string, string> Misnamed { get; } = misnamed;
        public string LastName => Path.GetFileName(Relative);
    }

    private ReverseIndex(string path, string toolKey, Dictionary<string, Folder> folders)
    {
        _path = path;
        _toolKey = toolKey;
        _folders = folders;
    }

    /// <summary>Folders examined again this run (listed, their files' declared codes derived); 0 when every stamp held.</summary>
    public int FoldersExamined { get; private set; }

    /// <summary>
    /// The index as stored, brought up to date: every folder whose stamp moved (or that is new, or
    /// whose stamp was too young to trust) is listed again and its files examined through the
    /// content-keyed "misnamed" table (a file known by stat is not read). The first run examines all.
    /// </summary>
    public static ReverseIndex Open(CatalogLocation location, FileCache cache, Func<FileLoader> loader) =>
        Open(location, cache, files => MisnamedFiles.Find(location, cache, loader, files));

    /// <summary>
    /// After a whole load through the cache: when a check of named files keeps an index, bring it up
    /// to date with what every implementation file declares now, so a file rewritten in place is
    /// seen once any whole check has read it.
    /// </summary>
    public static void AfterWholeLoad(CatalogLocation location, FileCache cache, LoadedCatalog loaded)
    {
        if (!File.Exists(Path.Combine(cache.Folder, "reverse.bin"))) return;
        var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var result in loaded.FileResults)
        {
            if (result.File.Kind == Core.Schema.FileKind.Implementation && MisnamedFiles.Declared(result) is { } declared) byPath[result.File.Path] = declared;
        }
        var index = Open(location, cache, files => files.Where(byPath.ContainsKey).ToDictionary(f => f, f => byPath[f], StringComparer.Ordinal));
        index.Note(loaded.FileResults);
        index.Save();
    }

    private static ReverseIndex Open(CatalogLocation location, FileCache cache, Func<IReadOnlyList<string>, IReadOnlyDictionary<string, string>> findMisnamed)
    {
        var path = Path.Combine(cache.Folder, "reverse.bin");
        var stored = Read(path, cache.Key) ?? new Dictionary<string, Folder>(StringComparer.Ordinal);
        var current = new Dictionary<string, Folder>(StringComparer.Ordinal);
        var examined = new List<Folder>();
        var pending = new Stack<string>();
        if (Directory.Exists(Path.Combine(location.CatalogRoot, Root))) pending.Push(Root);
        while (pending.Count > 0)
        {
            var relative = pending.Pop();
            var full = Path.Combine(location.CatalogRoot, relative);
            var stamp = StampOf(full);
            Folder folder;
            if (stamp is not null && stored.TryGetValue(relative, out var known) && known.Trusted && known.Stamp == stamp)
            {
                folder = known;
            }
            else
            {
                folder = List(relative, full, stamp, stamp is not null && cache.Trusts(stamp.Value));
                examined.Add(folder);
            }
            current[relative] = folder;
            foreach (var sub in folder.Subfolders) pending.Push(relative + "/" + sub);
        }
        var index = new ReverseIndex(path, cache.Key, current)
        {
            FoldersExamined = examined.Count,
            _dirty = examined.Count > 0 || current.Count != stored.Count,
        };
        if (examined.Count > 0)
        {
            var files = examined.SelectMany(f => f.Names.Select(n => f.Relative + "/" + n)).ToList();
            foreach (var (file, declared) in findMisnamed(files)) index.Note(file, declared);
        }
        return index;
    }

    /// <summary>Every implementation file's catalog-relative path, folder by folder.</summary>
    public IEnumerable<string> Files => _folders.Values.SelectMany(f => f.Names.Select(n => f.Relative + "/" + n));

    /// <summary>Implementation files (paths) that <paramref name="take"/> accepts, given (folder, the folder's own name, file name, misnamed).</summary>
    public List<string> Select(Func<string, string, string, bool, bool> take)
    {
        var selected = new List<string>();
        foreach (var folder in _folders.Values)
        {
            var last = folder.LastName;
            foreach (var name in folder.Names)
            {
                if (take(folder.Relative, last, name, folder.Misnamed.ContainsKey(name))) selected.Add(folder.Relative + "/" + name);
            }
        }
        return selected;
    }

    /// <summary>Path → declared code of every misnamed implementation file the index knows.</summary>
    public IReadOnlyDictionary<string, string> Misnamed =>
        _folders.Values.SelectMany(f => f.Misnamed.Select(m => (Path: f.Relative + "/" + m.Key, Code: m.Value))).ToDictionary(m => m.Path, m => m.Code, StringComparer.Ordinal);

    /// <summary>Records what a file read this run declares (null: well named), so the index follows in-place edits of the files a run reads.</summary>
    public void Note(string relative, string? declared)
    {
        var slash = relative.LastIndexOf('/');
        if (slash < 0 || !_folders.TryGetValue(relative[..slash], out var folder)) return;
        var name = relative[(slash + 1)..];
        if (folder.Names.BinarySearch(name, StringComparer.Ordinal) < 0) return;
        if (declared is null ? folder.Misnamed.Remove(name) : !folder.Misnamed.TryGetValue(name, out var was) || was != declared)
        {
            if (declared is not null) folder.Misnamed[name] = declared;
            _dirty = true;
        }
    }

    /// <summary>Records what each implementation file a run loaded declares (see <see cref="Note(string, string?)"/>).</summary>
    public void Note(IEnumerable<FileLoadResult> loaded)
    {
        foreach (var result in loaded)
        {
            if (result.File.Kind == Core.Schema.FileKind.Implementation && result.File.Readable) Note(result.File.Path, MisnamedFiles.Declared(result));
        }
    }

    /// <summary>Writes the index when it changed (atomically; a failure only costs the next run a re-examination).</summary>
    public void Save()
    {
        if (!_dirty) return;
        _dirty = false;
        CacheFiles.WriteAtomically(_path, w =>
        {
            CacheFiles.WriteHeader(w, Magic, FormatVersion, _toolKey);
            w.Write(_folders.Count);
            foreach (var folder in _folders.Values)
            {
                w.Write(folder.Relative);
                var stamp = folder.Stamp ?? default;
                w.Write(folder.Stamp is not null && folder.Trusted);
                w.Write(stamp.Size);
                w.Write(stamp.ModifiedTicks);
                w.Write(stamp.ChangedTicks);
                w.Write(stamp.Inode);
                w.Write(folder.Subfolders.Count);
                foreach (var sub in folder.Subfolders) w.Write(sub);
                w.Write(folder.Names.Count);
                foreach (var name in folder.Names)
                {
                    w.Write(name);
                    w.Write(folder.Misnamed.TryGetValue(name, out var declared) ? declared : "");
                }
            }
        });
    }

    private static Folder List(string relative, string full, FileStamp? stamp, bool trusted)
    {
        var subfolders = new List<string>();
        var names = new List<string>();
        try
        {
            foreach (var entry in new DirectoryInfo(full).EnumerateFileSystemInfos())
            {
                var name = entry.Name;
                if (name.StartsWith('.') || (entry.Attributes & FileAttributes.Hidden) != 0) continue;
                if ((entry.Attributes & FileAttributes.Directory) != 0) subfolders.Add(name);
                else if (name.EndsWith(".yaml", StringComparison.Ordinal) || name.EndsWith(".yml", StringComparison.Ordinal)) names.Add(name);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unlistable now: not trusted, so the next run lists it again; the loader reports unreadable files.
            trusted = false;
        }
        subfolders.Sort(StringComparer.Ordinal);
        names.Sort(StringComparer.Ordinal);
        return new Folder(relative, stamp, trusted, subfolders, names, new Dictionary<string, string>(StringComparer.Ordinal));
    }

    private static FileStamp? StampOf(string folder)
    {
        try
        {
            return FileStamp.Of(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static Dictionary<string, Folder>? Read(string path, string toolKey)
    {
        try
        {
            if (!File.Exists(path)) return null;
            using var r = new BinaryReader(new MemoryStream(File.ReadAllBytes(path), writable: false), Encoding.UTF8);
            if (!CacheFiles.HasHeader(r, Magic, FormatVersion, toolKey)) return null;
            var count = Count(r);
            var folders = new Dictionary<string, Folder>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var relative = r.ReadString();
                var trusted = r.ReadBoolean();
                var stamp = new FileStamp(r.ReadInt64(), r.ReadInt64(), r.ReadInt64(), r.ReadUInt64());
                var subfolderCount = Count(r);
                var subfolders = new List<string>(subfolderCount);
                for (var s = 0; s < subfolderCount; s++) subfolders.Add(r.ReadString());
                var nameCount = Count(r);
                var names = new List<string>(nameCount);
                var misnamed = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var n = 0; n < nameCount; n++)
                {
                    var name = r.ReadString();
                    names.Add(name);
                    if (r.ReadString() is { Length: > 0 } declared) misnamed[name] = declared;
                }
                folders[relative] = new Folder(relative, stamp, trusted, subfolders, names, misnamed);
            }
            return folders;
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or ArgumentException or UnauthorizedAccessException)
        {
            return null; // a damaged index is rebuilt: every folder is examined again
        }
    }

    /// <summary>A count that the rest of the file can hold (each entry takes at least one byte).</summary>
    private static int Count(BinaryReader r)
    {
        var count = r.ReadInt32();
        if (count < 0 || count > r.BaseStream.Length - r.BaseStream.Position) throw new FormatException("reverse.bin: count out of range");
        return count;
    }
}
