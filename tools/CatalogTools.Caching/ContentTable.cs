using System.Collections.Concurrent;
using System.Text;

namespace CatalogTools.Caching;

/// <summary>
/// A small value derived from a file's content (e.g. the lock's canonical hash), stored by content
/// key in <c>.catalog-cache/NAME.bin</c> under the same tool key as the parse cache. Whole runs
/// keep only the entries they used; the table is rewritten only when something was added or dropped.
/// </summary>
public sealed class ContentTable
{
    private const string Magic = "CATALOG-TABLE";
    private const int FormatVersion = 1;

    private readonly string _path;
    private readonly string _toolKey;
    private readonly Dictionary<CacheKey, byte[]> _known = new();
    private readonly ConcurrentDictionary<CacheKey, byte[]> _used = new();
    private bool _added;

    internal ContentTable(string path, string toolKey)
    {
        _path = path;
        _toolKey = toolKey;
        try
        {
            if (File.Exists(path) && !Read(File.ReadAllBytes(path))) _known.Clear();
        }
        catch (IOException)
        {
            _known.Clear();
        }
    }

    internal bool TryGet(CacheKey key, out byte[] value)
    {
        if (_known.TryGetValue(key, out value!))
        {
            _used[key] = value;
            return true;
        }
        return false;
    }

    internal void Add(CacheKey key, byte[] value)
    {
        _used[key] = value;
        _added = true;
    }

    /// <summary>Keeps what this (whole-catalog) run used.</summary>
    public void Save()
    {
        if (!_added && _used.Count == _known.Count) return;
        CacheFiles.WriteAtomically(_path, w =>
        {
            CacheFiles.WriteHeader(w, Magic, FormatVersion, _toolKey);
            w.Write(_used.Count);
            foreach (var (key, value) in _used)
            {
                key.Write(w);
                w.Write(value.Length);
                w.Write(value);
            }
        });
    }

    private bool Read(byte[] bytes)
    {
        using var r = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        try
        {
            if (!CacheFiles.HasHeader(r, Magic, FormatVersion, _toolKey)) return false;
            var count = r.ReadInt32();
            _known.EnsureCapacity(count);
            for (var i = 0; i < count; i++)
            {
                var key = CacheKey.Read(r);
                _known[key] = r.ReadBytes(r.ReadInt32());
            }
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }
}
