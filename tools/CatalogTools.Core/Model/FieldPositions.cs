namespace CatalogTools.Core.Model;

/// <summary>
/// Line and column of each top-level key of an item file. Kept compact (parallel arrays) because
/// a province holds up to a million items.
/// </summary>
public sealed class FieldPositions
{
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
}
