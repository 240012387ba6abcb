using System.Collections.Concurrent;

namespace CatalogTools.Core.Model;

/// <summary>
/// Line and column of each top-level key of an item file. Kept compact (parallel arrays) because
/// a province holds up to a million items, and shared: files written from one template have the
/// same keys on the same lines, so <see cref="Shared"/> hands them one instance.
/// </summary>
public sealed class FieldPositions
{
    /// <summary>Layouts kept for sharing; beyond this many distinct ones (hand-written catalogs) new ones are not kept.</summary>
    private const int PoolLimit = 1 << 16;

    private static readonly ConcurrentDictionary<FieldPositions, FieldPositions> Pool = new(LayoutComparer.Instance);

    private readonly string[] _keys;
    private readonly int[] _lines;
    private readonly int[] _columns;

    public FieldPositions(string[] keys, int[] lines, int[] columns)
    {
        _keys = keys;
        _lines = lines;
        _columns = columns;
    }

    public static readonly FieldPositions Empty = new([], [], []);

    /// <summary>
    /// The one shared instance equal to these positions (at 10^6 items the copies cost 0.4 GB).
    /// The arrays must not be changed afterwards.
    /// </summary>
    public static FieldPositions Shared(string[] keys, int[] lines, int[] columns)
    {
        var positions = new FieldPositions(keys, lines, columns);
        if (Pool.TryGetValue(positions, out var shared)) return shared;
        return Pool.Count < PoolLimit ? Pool.GetOrAdd(positions, positions) : positions;
    }

    /// <summary>The key's position, or the item's own position when the key is absent.</summary>
    public SourceRef Of(string key, SourceRef fallback)
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] == key) return new SourceRef(fallback.File, _lines[i], _columns[i]);
        }
        return fallback;
    }

    public bool Has(string key) => Array.IndexOf(_keys, key) >= 0;

    /// <summary>The keys and positions as stored, for caches that persist the model.</summary>
    public int Count => _keys.Length;

    public (string Key, int Line, int Column) At(int i) => (_keys[i], _lines[i], _columns[i]);

    /// <summary>Equal keys at equal places.</summary>
    private sealed class LayoutComparer : IEqualityComparer<FieldPositions>
    {
        public static readonly LayoutComparer Instance = new();

        public bool Equals(FieldPositions? x, FieldPositions? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null
                && x._lines.AsSpan().SequenceEqual(y._lines) && x._columns.AsSpan().SequenceEqual(y._columns) && x._keys.AsSpan().SequenceEqual(y._keys));

        public int GetHashCode(FieldPositions p)
        {
            var hash = new HashCode();
            for (var i = 0; i < p._keys.Length; i++)
            {
                hash.Add(p._keys[i]);
                hash.Add(p._lines[i]);
                hash.Add(p._columns[i]);
            }
            return hash.ToHashCode();
        }
    }
}
