using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CatalogTools.Excel.Import;

/// <summary>
/// The cells of one row by 0-based column, in two arrays sorted by column. A dictionary per row
/// cost about 1 KB of tables at 10^5 rows of 38 cells; two exact-size arrays cost what they hold.
/// </summary>
public sealed class RowCells : IReadOnlyDictionary<int, RawCell>
{
    public static readonly RowCells None = new([], []);

    private readonly int[] _columns;
    private readonly RawCell[] _cells;

    private RowCells(int[] columns, RawCell[] cells)
    {
        _columns = columns;
        _cells = cells;
    }

    /// <summary>Cells as read, in any order; a column read twice keeps its last cell (as a sheet's later cell overwrote the earlier).</summary>
    public static RowCells From(List<(int Column, RawCell Cell)> read)
    {
        if (read.Count == 0) return None;
        var sorted = true;
        for (var i = 1; i < read.Count; i++)
        {
            if (read[i].Column <= read[i - 1].Column) sorted = false;
        }
        if (!sorted)
        {
            // Stable by column, then the last of each column wins.
            var ordered = read.Select((c, i) => (c.Column, c.Cell, i)).OrderBy(c => c.Column).ThenBy(c => c.i).ToList();
            read = [];
            foreach (var (column, cell, _) in ordered)
            {
                if (read.Count > 0 && read[^1].Column == column) read[^1] = (column, cell);
                else read.Add((column, cell));
            }
        }
        var columns = new int[read.Count];
        var cells = new RawCell[read.Count];
        for (var i = 0; i < read.Count; i++) (columns[i], cells[i]) = read[i];
        return new RowCells(columns, cells);
    }

    public int Count => _columns.Length;

    public bool TryGetValue(int key, [MaybeNullWhen(false)] out RawCell value)
    {
        var at = Array.BinarySearch(_columns, key);
        if (at >= 0)
        {
            value = _cells[at];
            return true;
        }
        value = default;
        return false;
    }

    public RawCell this[int key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key.ToString());

    public bool ContainsKey(int key) => Array.BinarySearch(_columns, key) >= 0;

    public IEnumerable<int> Keys => _columns;

    public IEnumerable<RawCell> Values => _cells;

    public IEnumerator<KeyValuePair<int, RawCell>> GetEnumerator()
    {
        for (var i = 0; i < _columns.Length; i++) yield return new(_columns[i], _cells[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
