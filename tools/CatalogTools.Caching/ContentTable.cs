using System.Collections.Concurrent;
using System.Text;

namespace CatalogTools.Caching;

/// <summary>
/// A small value derived from a file's content (e.g. the lock's canonical hash), stored by content
/// key in <c>.catalog-cache/NAME.bin</c> under the same tool key as the parse cache. Whole runs
/// keep only the entries they used; the table is rewritten only when something was added or dropped.
/// The file is read into one buffer and its values stay there until asked for: a table of 10^5
/// entries costs a dictionary of offsets, not 10^5 arrays.
/// </summary>
public sealed class ContentTable
{
    private const string Magic = "CATALOG-TABLE";
    private const int FormatVersion = 1;
    /// <summary>Before each value: the 32-byte content key and the value's length.</summary>
    private const int RecordHeader = 36;

    private readonly string _path;
    private readonly string _toolKey;
    private byte[] _bytes = [];
    /// <summary>Content key → the entry's number; its value starts at <see cref="_valueStarts"/> of that number.</summary>
    private readonly Dictionary<CacheKey, int> _known = new();
    private int[] _valueStarts = [];
    private int[] _valueLengths = [];
    private bool[] _used = [];
    private readonly ConcurrentDictionary<CacheKey, byte[]> _added = new();

    internal ContentTable(string path, string toolKey)
    {
        _path = path;
        _toolKey = toolKey;
        try
        {
            if (File.Exists(path) && !Read(File.ReadAllBytes(path))) Forget();
        }
        catch (IOException)
        {
            Forget();
        }
    }

    /// <summary>A damaged or foreign table counts as empty.</summary>
    private void Forget()
    {
        _known.Clear();
        _used = [];
    }

    internal bool TryGet(CacheKey key, out byte[] value)
    {
        if (_known.TryGetValue(key, out var index))
        {
            _used[index] = true;
            value = _valueLengths[index] == 0 ? [] : _bytes.AsSpan(_valueStarts[index], _valueLengths[index]).ToArray();
            return true;
        }
        value = [];
        return false;
    }

    internal void Add(CacheKey key, byte[] value) => _added[key] = value;

    /// <summary>Keeps what this (whole-catalog) run used.</summary>
    public void Save()
    {
        if (_added.IsEmpty && Array.IndexOf(_used, false) < 0) return;
        var kept = _known.Where(k => _used[k.Value] && !_added.ContainsKey(k.Key)).Select(k => k.Value).ToList();
        CacheFiles.WriteAtomically(_path, w =>
        {
            CacheFiles.WriteHeader(w, Magic, FormatVersion, _toolKey);
            w.Write(kept.Count + _added.Count);
            // A kept record is written back as it stands: key, length, value.
            foreach (var index in kept) w.Write(_bytes.AsSpan(_valueStarts[index] - RecordHeader, RecordHeader + _valueLengths[index]));
            foreach (var (key, value) in _added)
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
            var position = (int)r.BaseStream.Position;
            if (count < 0 || count > (bytes.Length - position) / RecordHeader) return false;
            _bytes = bytes;
            _known.EnsureCapacity(count);
            _valueStarts = new int[count];
            _valueLengths = new int[count];
            _used = new bool[count];
            for (var i = 0; i < count; i++)
            {
                var record = bytes.AsSpan(position);
                if (record.Length < RecordHeader) return false;
                var key = new CacheKey(BitConverter.ToUInt64(record), BitConverter.ToUInt64(record[8..]), BitConverter.ToUInt64(record[16..]), BitConverter.ToUInt64(record[24..]));
                var length = BitConverter.ToInt32(record[32..]);
                if (length < 0 || length > record.Length - RecordHeader) return false;
                if (_known.TryGetValue(key, out var earlier)) _used[earlier] = true; // a repeated key: the later record stands
                _known[key] = i;
                _valueStarts[i] = position + RecordHeader;
                _valueLengths[i] = length;
                position += RecordHeader + length;
            }
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }
}
