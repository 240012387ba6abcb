using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Schema;

namespace CatalogTools.Git.Cache;

/// <summary>
/// A cache of parsed and schema-checked item files, keyed by SHA-256 of (path, bytes): a
/// <see cref="FileLoadResult"/> is a pure function of those two. Kept as one pack file
/// (<c>.catalog-cache/files.bin</c> next to the catalog folder, ignored by git): read whole at
/// start, rewritten (atomically) only when a run met new content; a run over the whole catalog keeps
/// only the entries it used, a partial run (changed-only) keeps them all.
/// The pack carries a key of the tool build and the schemas; any change there discards it.
/// </summary>
public sealed class FileCache
{
    private const string Magic = "CATALOG-CACHE";
    private const int FormatVersion = 2;

    private readonly string _packPath;
    private readonly string _toolKey;
    private readonly byte[] _pack = [];
    private readonly Dictionary<Hash, (int Offset, int Length)> _entries = new();
    private readonly ConcurrentDictionary<Hash, byte> _used = new();
    private readonly ConcurrentDictionary<Hash, byte[]> _added = new();

    private FileCache(string packPath, string toolKey)
    {
        _packPath = packPath;
        _toolKey = toolKey;
        try
        {
            if (File.Exists(packPath)) _pack = File.ReadAllBytes(packPath);
            if (!ReadIndex()) _entries.Clear();
        }
        catch (IOException)
        {
            _entries.Clear();
        }
    }

    /// <summary>Hits and misses of this run, for tests and the benchmark.</summary>
    public int Hits => _used.Count;

    public int Misses => _added.Count;

    /// <summary>The cache folder for a catalog: <c>.catalog-cache/</c> beside the catalog folder.</summary>
    public static string FolderFor(CatalogLocation location) =>
        Path.Combine(Path.GetDirectoryName(location.CatalogRoot.TrimEnd(Path.DirectorySeparatorChar)) ?? location.CatalogRoot, ".catalog-cache");

    public static FileCache Open(CatalogLocation location) =>
        new(Path.Combine(FolderFor(location), "files.bin"), ToolKey(location.SchemasDirectory));

    /// <summary>A loader for <see cref="CatalogLoader.Load"/> over the work tree, through this cache.</summary>
    public Func<string, FileLoadResult> WorkTreeLoader(CatalogLocation location, FileLoader loader) =>
        relative => Load(relative, File.ReadAllBytes(Path.Combine(location.CatalogRoot, relative)), loader);

    public FileLoadResult Load(string relative, byte[] bytes, FileLoader loader)
    {
        var kind = FileKinds.FromPath(relative);
        if (kind is not (FileKind.StandardItem or FileKind.Implementation)) return loader.Load(relative, bytes);
        var key = Hash.Of(relative, bytes);
        if (_entries.TryGetValue(key, out var at))
        {
            try
            {
                using var stream = new MemoryStream(_pack, at.Offset, at.Length, writable: false);
                using var reader = new BinaryReader(stream, Encoding.UTF8);
                var cached = ModelCodec.Read(reader);
                _used.TryAdd(key, 0);
                return cached;
            }
            catch (Exception e) when (e is EndOfStreamException or KeyNotFoundException or IOException or ArgumentException)
            {
                // A damaged entry is simply loaded again.
            }
        }
        var result = loader.Load(relative, bytes);
        if (ModelCodec.CanStore(result))
        {
            using var buffer = new MemoryStream();
            using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true)) ModelCodec.Write(writer, result);
            _added.TryAdd(key, buffer.ToArray());
        }
        return result;
    }

    /// <summary>Writes the pack when this run met new content; a failure to write only costs speed.</summary>
    public void Save()
    {
        if (_added.IsEmpty) return;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_packPath)!);
            var temp = _packPath + ".tmp-" + Environment.ProcessId;
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var w = new BinaryWriter(stream, Encoding.UTF8))
            {
                w.Write(Magic);
                w.Write(FormatVersion);
                w.Write(_toolKey);
                // A whole-catalog run prunes what it did not use; a partial run (changed-only) keeps everything.
                var keep = _used.Count * 2 >= _entries.Count ? _used.Keys.ToList() : _entries.Keys.Where(k => !_added.ContainsKey(k)).ToList();
                w.Write(keep.Count + _added.Count);
                foreach (var key in keep)
                {
                    var (offset, length) = _entries[key];
                    key.Write(w);
                    w.Write(length);
                    w.Write(_pack, offset, length);
                }
                foreach (var (key, bytes) in _added)
                {
                    key.Write(w);
                    w.Write(bytes.Length);
                    w.Write(bytes);
                }
            }
            File.Move(temp, _packPath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache is an optimisation: a read-only or full disk must not fail the check.
        }
    }

    private bool ReadIndex()
    {
        if (_pack.Length == 0) return false;
        using var stream = new MemoryStream(_pack, writable: false);
        using var r = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            if (r.ReadString() != Magic || r.ReadInt32() != FormatVersion || r.ReadString() != _toolKey) return false;
            var count = r.ReadInt32();
            _entries.EnsureCapacity(count);
            for (var i = 0; i < count; i++)
            {
                var key = Hash.Read(r);
                var length = r.ReadInt32();
                var offset = (int)stream.Position;
                if (length < 0 || offset + length > _pack.Length) return false;
                _entries[key] = (offset, length);
                stream.Position = offset + length;
            }
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
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

    private readonly record struct Hash(ulong A, ulong B, ulong C, ulong D)
    {
        public static Hash Of(string path, byte[] bytes)
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            sha.AppendData(Encoding.UTF8.GetBytes(path));
            sha.AppendData([0]);
            sha.AppendData(bytes);
            Span<byte> h = stackalloc byte[32];
            sha.GetHashAndReset(h);
            return new Hash(BitConverter.ToUInt64(h), BitConverter.ToUInt64(h[8..]), BitConverter.ToUInt64(h[16..]), BitConverter.ToUInt64(h[24..]));
        }

        public static Hash Read(BinaryReader r) => new(r.ReadUInt64(), r.ReadUInt64(), r.ReadUInt64(), r.ReadUInt64());

        public void Write(BinaryWriter w)
        {
            w.Write(A);
            w.Write(B);
            w.Write(C);
            w.Write(D);
        }
    }
}
