using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Schema;

namespace CatalogTools.Caching;

/// <summary>
/// A cache of parsed and schema-checked item files, keyed by SHA-256 of (path, bytes): a
/// <see cref="FileLoadResult"/> is a pure function of those two. Kept as one pack file
/// (<c>.catalog-cache/files.bin</c> next to the catalog folder, ignored by git): mapped on first
/// use (<see cref="PackFile"/>), rewritten (atomically) only when a run over the whole catalog met new content or left
/// entries unused (those are dropped); a partial run (changed-only) leaves it as it is.
/// The pack carries a key of the tool build and the schemas; any change there discards it.
/// Beside it, <c>stat.bin</c> (<see cref="StatIndex"/>) lets a warm run skip reading unchanged files,
/// and <c>check.bin</c> (<see cref="CheckResultCache"/>) holds the last whole check's result.
/// </summary>
public sealed class FileCache
{
    private const string Magic = "CATALOG-CACHE";
    private const int FormatVersion = 5;

    private readonly string _packPath;
    private readonly string _toolKey;
    private readonly System.Threading.Lock _packLock = new();
    private PackFile _pack = PackFile.Empty;
    private PackIndex? _entries;
    /// <summary>The pack's entries this run used, with where they are in it (a whole run keeps only these).</summary>
    private readonly ConcurrentDictionary<CacheKey, (long Offset, int Length)> _used = new();
    /// <summary>This run's new entries, encoded into <see cref="_scratch"/> (not memory): where each is in it.</summary>
    private readonly ConcurrentDictionary<CacheKey, (long Offset, int Length)> _added = new();
    private readonly Lazy<ScratchFile?> _scratch;
    private int _misses;
    private readonly StatIndex _stats;
    /// <summary>What each <see cref="Digests"/> call saw; looked up by path only when a load follows (see <see cref="Fingerprinted"/>).</summary>
    private readonly List<SourceDigest[]> _digested = [];
    private Dictionary<string, CacheKey>? _fingerprinted;
    private ConcurrentDictionary<string, CacheKey>? _served;
    private bool _wholeWorkTree;
    private bool _drift;
    private int _filesRead;

    private FileCache(string packPath, string toolKey, TimeSpan racyWindow, TimeProvider clock)
    {
        _packPath = packPath;
        _toolKey = toolKey;
        _stats = new StatIndex(Path.Combine(Path.GetDirectoryName(packPath)!, "stat.bin"), toolKey, racyWindow, clock);
        _scratch = new Lazy<ScratchFile?>(() => ScratchFile.TryCreate(Path.GetDirectoryName(packPath)!));
    }

    /// <summary>The pack's table of entries, opened on first use: a run answered from check.bin never maps the pack.</summary>
    private PackIndex Entries
    {
        get
        {
            if (_entries is { } ready) return ready;
            lock (_packLock)
            {
                if (_entries is not null) return _entries;
                PackIndex? entries;
                try
                {
                    if (File.Exists(_packPath)) _pack = PackFile.Open(_packPath);
                    entries = OpenIndex();
                }
                catch (IOException)
                {
                    entries = null;
                }
                return _entries = entries ?? PackIndex.Empty;
            }
        }
    }

    /// <summary>Hits and misses of this run, for tests and the benchmark.</summary>
    public int Hits => _used.Count;

    public int Misses => _misses;

    /// <summary>Item files read from disk this run (the rest were known by their stamp).</summary>
    public int FilesRead => _filesRead;

    /// <summary>The cache folder for a catalog: <c>.catalog-cache/</c> beside the catalog folder.</summary>
    public static string FolderFor(CatalogLocation location) =>
        Path.Combine(Path.GetDirectoryName(location.CatalogRoot.TrimEnd(Path.DirectorySeparatorChar)) ?? location.CatalogRoot, ".catalog-cache");

    public static FileCache Open(CatalogLocation location, TimeProvider clock) => Open(location, StatIndex.RacyWindow, clock);

    /// <summary>Tests shrink the racy window so files they just wrote can be trusted by stat.</summary>
    internal static FileCache Open(CatalogLocation location, TimeSpan racyWindow, TimeProvider clock) =>
        new(Path.Combine(FolderFor(location), "files.bin"), ToolKey(location.SchemasDirectory), racyWindow, clock);

    /// <summary>The folder this cache lives in (other caches keyed by the same content sit beside it).</summary>
    public string Folder => Path.GetDirectoryName(_packPath)!;

    /// <summary>What invalidates every entry: the tool build and the schemas (see <see cref="ToolKey(string)"/>).</summary>
    public string Key => _toolKey;

    /// <summary>
    /// SHA-256 over every file of the work tree (path and content key, in path order). Item files
    /// are found through the stat index, so an unchanged tree is fingerprinted by stat alone; the
    /// keys are remembered for the load that may follow. Null when a file cannot be read (the load
    /// reports it).
    /// </summary>
    public string? Fingerprint(CatalogLocation location) => Digests(location) is { } digests ? FingerprintOf(digests) : null;

    /// <summary>SHA-256 over the files' paths and content keys, in the given (path) order.</summary>
    /// <remarks>Streamed into the hash through a small buffer: at 10^6 files the whole input is 100 MB.</remarks>
    public static string FingerprintOf(IReadOnlyList<SourceDigest> digests)
    {
        using var sha = SHA256.Create();
        using (var w = new BinaryWriter(new BufferedStream(new CryptoStream(Stream.Null, sha, CryptoStreamMode.Write), 1 << 16), Encoding.UTF8))
        {
            foreach (var (path, digest) in digests)
            {
                w.Write(path);
                CacheKey.From(digest).Write(w);
            }
        }
        return Convert.ToHexString(sha.Hash!);
    }

    /// <summary>
    /// Every work-tree file with its content digest, in path order, known by stat where the stat
    /// index allows and remembered for the load that may follow (see <see cref="Drifted"/>).
    /// Null when a file cannot be read.
    /// </summary>
    public IReadOnlyList<SourceDigest>? Digests(CatalogLocation location)
    {
        var files = CatalogLoader.EnumerateFiles(location.CatalogRoot);
        var digests = new SourceDigest[files.Count];
        var unreadable = 0;
        Parallel.For(0, files.Count, i =>
        {
            try
            {
                digests[i] = new SourceDigest(files[i], KeyOf(location, files[i]).Digest);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Interlocked.Increment(ref unreadable);
            }
        });
        if (unreadable > 0) return null;
        lock (_digested)
        {
            _digested.Add(digests);
            _fingerprinted = null;
        }
        return digests;
    }

    /// <summary>
    /// Every digested file's content key by path, built on first use: a warm run answered from the
    /// stored result never needs it, and at 10^6 files filling a concurrent map was a second of its stat pass.
    /// </summary>
    private Dictionary<string, CacheKey> Fingerprinted
    {
        get
        {
            if (_fingerprinted is { } ready) return ready;
            lock (_digested)
            {
                if (_fingerprinted is not null) return _fingerprinted;
                var map = new Dictionary<string, CacheKey>(_digested.Sum(d => d.Length), StringComparer.Ordinal);
                foreach (var digests in _digested)
                {
                    foreach (var (path, digest) in digests) map[path] = CacheKey.From(digest);
                }
                return _fingerprinted = map;
            }
        }
    }

    /// <summary>
    /// True when a file loaded after <see cref="Digests"/> had other content than its digest said,
    /// or was not among the digested files: what was loaded is not what the digests describe.
    /// </summary>
    public bool Drifted => _drift;

    /// <summary>
    /// True when every file the last load read had the content the fingerprint saw, and the load
    /// read as many files: nothing changed in between, so a result may be stored under it.
    /// </summary>
    public bool FingerprintHolds(int filesLoaded) => !_drift && filesLoaded == Fingerprinted.Count;

    /// <summary>
    /// A value derived from each work-tree file's content, computed only for content this cache
    /// has not seen: files known by stat are not read at all. Null values are not stored.
    /// </summary>
    public T Derive<T>(CatalogLocation location, string relative, ContentTable table, Func<byte[], T> compute, Func<T, byte[]?> encode, Func<byte[], T> decode)
    {
        var full = Path.Combine(location.CatalogRoot, relative);
        var stamp = FileStamp.Of(full);
        if (_stats.TryGet(relative, stamp, out var known) && table.TryGet(known, out var stored)) return decode(stored);
        var bytes = ReadAndRecord(relative, full, stamp, out var key);
        var value = compute(bytes);
        if (encode(value) is { } encoded) table.Add(key, encoded);
        return value;
    }

    /// <summary>True when a stamp is outside the racy window (see <see cref="StatIndex.Trusts"/>).</summary>
    internal bool Trusts(FileStamp stamp) => _stats.Trusts(stamp);

    /// <summary>The table <c>NAME.bin</c> beside the pack, under this cache's tool key (and <paramref name="version"/>, when given).</summary>
    public ContentTable Table(string name, string? version = null) => new(Path.Combine(Folder, name + ".bin"), version is null ? _toolKey : _toolKey + "+" + version);

    private CacheKey KeyOf(CatalogLocation location, string relative)
    {
        var full = Path.Combine(location.CatalogRoot, relative);
        if (!IsItem(relative)) return CacheKey.Of(relative, File.ReadAllBytes(full));
        var stamp = FileStamp.Of(full);
        if (_stats.TryGet(relative, stamp, out var known)) return known;
        ReadAndRecord(relative, full, stamp, out var key);
        return key;
    }

    /// <summary>
    /// Reads a file whose stamp was taken before the read (a write after it shows as a new stamp
    /// next run) and records the content key seen under that stamp.
    /// </summary>
    private byte[] ReadAndRecord(string relative, string full, FileStamp stamp, out CacheKey key)
    {
        Interlocked.Increment(ref _filesRead);
        var bytes = File.ReadAllBytes(full);
        key = CacheKey.Of(relative, bytes);
        _stats.Record(relative, stamp, key);
        return bytes;
    }

    /// <summary>
    /// A loader for <see cref="CatalogLoader.Load"/> over the work tree, through this cache. A file
    /// whose stamp (size, times) is as recorded is not even read (see <see cref="StatIndex"/>).
    /// <paramref name="wholeCatalog"/> says the run loads every file, so entries it did not meet can go.
    /// A partial run (changed-only) reads its few files directly: loading the stat index of the
    /// whole catalog would cost more than reading them.
    /// </summary>
    public Func<string, FileLoadResult> WorkTreeLoader(CatalogLocation location, FileLoader loader, bool wholeCatalog = true)
    {
        _wholeWorkTree |= wholeCatalog;
        return relative =>
        {
            var full = Path.Combine(location.CatalogRoot, relative);
            var digested = Fingerprinted;
            var fingerprinted = digested.TryGetValue(relative, out var seen);
            if (!fingerprinted && digested.Count > 0) _drift = true;
            if (!IsItem(relative))
            {
                var raw = File.ReadAllBytes(full);
                var rawKey = Served(relative, CacheKey.Of(relative, raw));
                if (fingerprinted && rawKey != seen) _drift = true;
                return loader.Load(relative, raw);
            }
            if (fingerprinted && TryRead(seen) is { } fromFingerprint)
            {
                Served(relative, seen);
                return fromFingerprint;
            }
            if (!wholeCatalog)
            {
                var read = File.ReadAllBytes(full);
                var readKey = Served(relative, CacheKey.Of(relative, read));
                if (fingerprinted && readKey != seen) _drift = true;
                return Load(relative, readKey, read, loader);
            }
            var stamp = FileStamp.Of(full);
            if (!fingerprinted && _stats.TryGet(relative, stamp, out var known) && TryRead(known) is { } cached)
            {
                Served(relative, known);
                return cached;
            }
            var bytes = ReadAndRecord(relative, full, stamp, out var key);
            Served(relative, key);
            if (fingerprinted && key != seen) _drift = true;
            return Load(relative, key, bytes, loader);
        };
    }

    /// <summary>
    /// From now on, remember the content key of every file the work-tree loaders serve (for
    /// <see cref="LoadedDigests"/>). Off by default: only publish needs it, and a whole load serves 10^5 files.
    /// </summary>
    public bool TrackLoadedDigests()
    {
        _served ??= new ConcurrentDictionary<string, CacheKey>(StringComparer.Ordinal);
        return true;
    }

    /// <summary>
    /// Every file the work-tree loaders served since <see cref="TrackLoadedDigests"/>, with the content
    /// key of exactly what was parsed (or taken from the pack), in path order: after a whole load, the
    /// digests of the catalog as loaded, with no second pass over the files.
    /// </summary>
    public IReadOnlyList<SourceDigest> LoadedDigests() =>
        (_served ?? []).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new SourceDigest(s.Key, s.Value.Digest)).ToList();

    private CacheKey Served(string relative, CacheKey key)
    {
        if (_served is not null) _served[relative] = key;
        return key;
    }

    private static bool IsItem(string relative) => FileKinds.FromPath(relative) is FileKind.StandardItem or FileKind.Implementation;

    public FileLoadResult Load(string relative, byte[] bytes, FileLoader loader) =>
        IsItem(relative) ? Load(relative, CacheKey.Of(relative, bytes), bytes, loader) : loader.Load(relative, bytes);

    private FileLoadResult Load(string relative, CacheKey key, byte[] bytes, FileLoader loader)
    {
        if (TryRead(key) is { } cached) return cached;
        var result = loader.Load(relative, bytes);
        if (ModelCodec.CanStore(result) && !_added.ContainsKey(key))
        {
            Interlocked.Increment(ref _misses);
            using var buffer = new MemoryStream();
            using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true)) ModelCodec.Write(writer, result);
            Keep(key, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        return result;
    }

    /// <summary>Keeps a new entry for the pack; without a scratch file (read-only or full disk) it is parsed again next run.</summary>
    private void Keep(CacheKey key, ReadOnlySpan<byte> encoded)
    {
        if (_scratch.Value is not { } scratch) return;
        try
        {
            _added.TryAdd(key, (scratch.Append(encoded), encoded.Length));
        }
        catch (IOException)
        {
            // A full disk: this entry is not kept.
        }
    }

    /// <summary>The cached result for a content key; null when absent or damaged (then it is simply loaded again).</summary>
    private FileLoadResult? TryRead(CacheKey key)
    {
        if (Entries.TryFind(key, out var offset, out var length))
        {
            try
            {
                using var stream = _pack.Slice(offset, length);
                using var reader = new BinaryReader(stream, Encoding.UTF8);
                var cached = ModelCodec.Read(reader);
                _used.TryAdd(key, (offset, length));
                return cached;
            }
            catch (Exception e) when (e is EndOfStreamException or KeyNotFoundException or IOException or ArgumentException)
            {
                // A damaged entry is loaded again by the caller.
            }
        }
        return null;
    }

    /// <summary>Writes the pack when this run met new content, and the stat index when stamps changed.</summary>
    public void Save()
    {
        // A whole-catalog run prunes what it did not use; a partial run (changed-only) keeps everything.
        if (_entries is null && _added.IsEmpty)
        {
            // The pack was never needed (answered by stat index and check.bin): leave it as it is.
            _stats.Save(_wholeWorkTree, _ => true);
            return;
        }
        var entries = Entries;
        var whole = _wholeWorkTree || _used.Count * 2 >= entries.Count;
        if (!whole)
        {
            // A partial run (changed-only) met a few new files: rewriting a pack of the whole catalog
            // for them would cost more than parsing them again; the next whole run stores them.
            _stats.Save(false, entries.Contains);
            return;
        }
        var keep = _used.Where(u => !_added.ContainsKey(u.Key)).Select(u => (u.Key, Added: false, u.Value.Offset, u.Value.Length)).ToList();
        if (!_added.IsEmpty || keep.Count < entries.Count)
        {
            var sorted = keep.Concat(_added.Select(a => (a.Key, Added: true, a.Value.Offset, a.Value.Length))).ToList();
            sorted.Sort((x, y) => PackIndex.Compare(x.Key, y.Key));
            CacheFiles.WriteAtomically(_packPath, w =>
            {
                CacheFiles.WriteHeader(w, Magic, FormatVersion, _toolKey);
                w.Write(sorted.Count);
                PackIndex.Write(w, sorted.Select(e => (e.Key, e.Length)).ToList());
                var buffer = new byte[1 << 16];
                foreach (var (_, added, offset, length) in sorted)
                {
                    if (!added)
                    {
                        _pack.CopyTo(w, offset, length, ref buffer);
                        continue;
                    }
                    if (buffer.Length < length) buffer = new byte[Math.Max(length, buffer.Length * 2)];
                    _scratch.Value!.Read(offset, buffer.AsSpan(0, length));
                    w.Write(buffer, 0, length);
                }
            });
        }
        var inPack = keep.Select(k => k.Key).ToHashSet();
        _stats.Save(_wholeWorkTree, key => inPack.Contains(key) || _added.ContainsKey(key));
    }

    /// <summary>The table after the pack's header; null when the pack is from another build, another format, or cut short.</summary>
    private PackIndex? OpenIndex()
    {
        if (_pack.Length == 0) return null;
        using var stream = _pack.Slice(0, _pack.Length);
        using var r = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            if (!CacheFiles.HasHeader(r, Magic, FormatVersion, _toolKey)) return null;
            var count = r.ReadInt32();
            return PackIndex.Open(_pack, stream.Position, count);
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }

    /// <summary>What invalidates the cache: this build of the tools and the schemas' content.</summary>
    public static string ToolKey(string schemasDirectory)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(typeof(FileLoader).Assembly.ManifestModule.ModuleVersionId.ToString()));
        sha.AppendData(Encoding.UTF8.GetBytes(typeof(FileCache).Assembly.ManifestModule.ModuleVersionId.ToString()));
        if (Directory.Exists(schemasDirectory))
        {
            foreach (var file in Directory.GetFiles(schemasDirectory).OrderBy(f => f, StringComparer.Ordinal))
            {
                sha.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file)));
                sha.AppendData(File.ReadAllBytes(file));
            }
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
