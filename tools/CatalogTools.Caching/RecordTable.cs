namespace CatalogTools.Caching;

/// <summary>
/// An open hash table over keys that stay inside one byte buffer (the cache file as read): lookups
/// compare bytes in place, so reading a file of 10^5 entries allocates a few arrays, not 10^5
/// strings and objects. Entries are numbered in file order; the caller keeps per-entry data in
/// arrays of the same numbering.
/// </summary>
internal sealed class RecordTable
{
    private readonly byte[] _bytes;
    private readonly int[] _keyStart;
    private readonly int[] _keyLength;
    private readonly int[] _buckets;
    private readonly int[] _next;
    private int _count;

    public RecordTable(byte[] bytes, int capacity)
    {
        _bytes = bytes;
        _keyStart = new int[capacity];
        _keyLength = new int[capacity];
        _next = new int[capacity];
        _buckets = new int[Math.Max(1, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, 1) * 2))];
        _buckets.AsSpan().Fill(-1);
    }

    public int Count => _count;

    public byte[] Bytes => _bytes;

    /// <summary>Adds the next entry, keyed by the bytes at [start, start + length); of equal keys the last added is found.</summary>
    public int Add(int start, int length)
    {
        var index = _count++;
        _keyStart[index] = start;
        _keyLength[index] = length;
        ref var bucket = ref _buckets[Bucket(_bytes.AsSpan(start, length))];
        _next[index] = bucket;
        bucket = index;
        return index;
    }

    /// <summary>The entry whose key is these bytes, or -1.</summary>
    public int Find(ReadOnlySpan<byte> key)
    {
        // A chain holds the newest entry first, so the first match is the last added (as a dictionary fill would keep).
        for (var i = _buckets[Bucket(key)]; i >= 0; i = _next[i])
        {
            if (_keyLength[i] == key.Length && _bytes.AsSpan(_keyStart[i], key.Length).SequenceEqual(key)) return i;
        }
        return -1;
    }

    public ReadOnlySpan<byte> KeyOf(int index) => _bytes.AsSpan(_keyStart[index], _keyLength[index]);

    private int Bucket(ReadOnlySpan<byte> key)
    {
        var hash = new HashCode();
        hash.AddBytes(key);
        return hash.ToHashCode() & (_buckets.Length - 1);
    }
}
