using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace CatalogTools.Excel.Export;

/// <summary>
/// Writes worksheet rows as UTF-8 XML bytes straight into a stream: one reused buffer, cell
/// references and style attributes encoded once per column, text escaped and encoded in one pass.
/// It writes what the Open XML SDK's writer wrote (inline-string and numeric cells, a styled empty
/// cell where the template's style row styles a column) at a fraction of its cost: the SDK made
/// several objects per cell, and that was most of an export's writing time.
/// </summary>
public sealed class SheetXmlWriter : IDisposable
{
    private const int BufferSize = 1 << 16;

    private readonly Stream _output;
    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _used;
    private readonly byte[] _rowDigits = new byte[16];
    private int _rowDigitCount;

    // Element names with the template's namespace prefix ("x:" from ClosedXML), so the rows match the rest of the part.
    private readonly byte[] _rowOpen;
    private readonly byte[] _rowClose;
    private readonly byte[] _cellOpen;
    private readonly byte[] _numberOpen;
    private readonly byte[] _numberClose;
    private readonly byte[] _textOpen;
    private readonly byte[] _textOpenPreserve;
    private readonly byte[] _textClose;

    // Per column (0-based): its letters, and ` s="N"` when the style row styles it (empty otherwise).
    private readonly List<byte[]> _letters = [];
    private readonly byte[][] _styleAttributes;

    /// <param name="output">Where the bytes go (the worksheet part, after its start tags).</param>
    /// <param name="prefix">The namespace prefix of the spreadsheet elements in the part ("" or "x").</param>
    /// <param name="columnStyles">Each column's cell style index from the template's style row (0: none).</param>
    public SheetXmlWriter(Stream output, string prefix, IReadOnlyList<uint> columnStyles)
    {
        _output = output;
        var p = prefix.Length == 0 ? "" : prefix + ":";
        _rowOpen = Utf8($"<{p}row r=\"");
        _rowClose = Utf8($"</{p}row>");
        _cellOpen = Utf8($"<{p}c r=\"");
        _numberOpen = Utf8($"><{p}v>");
        _numberClose = Utf8($"</{p}v></{p}c>");
        _textOpen = Utf8($" t=\"inlineStr\"><{p}is><{p}t>");
        _textOpenPreserve = Utf8($" t=\"inlineStr\"><{p}is><{p}t xml:space=\"preserve\">");
        _textClose = Utf8($"</{p}t></{p}is></{p}c>");
        _styleAttributes = new byte[columnStyles.Count][];
        for (var c = 0; c < columnStyles.Count; c++)
        {
            _styleAttributes[c] = columnStyles[c] == 0 ? [] : Utf8($" s=\"{columnStyles[c].ToString(CultureInfo.InvariantCulture)}\"");
        }
    }

    /// <summary>Writes <paramref name="rows"/> numbered from <paramref name="firstRow"/>; returns the number of the row after the last.</summary>
    public uint WriteRows(IEnumerable<CellData[]> rows, uint firstRow)
    {
        var rowIndex = firstRow;
        foreach (var row in rows)
        {
            BeginRow(rowIndex);
            for (var c = 0; c < row.Length; c++) Cell(c, row[c]);
            EndRow();
            rowIndex++;
        }
        return rowIndex;
    }

    /// <summary>Opens row <paramref name="rowIndex"/>; its cells follow (<see cref="Cell"/>, <see cref="EncodedCell"/>), then <see cref="EndRow"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot for 10^6 cells: compiled optimized once, not re-jitted through the tiers
    public void BeginRow(uint rowIndex)
    {
        rowIndex.TryFormat(_rowDigits, out _rowDigitCount, default, CultureInfo.InvariantCulture);
        Put(_rowOpen);
        Put(_rowDigits.AsSpan(0, _rowDigitCount));
        Put("\">"u8);
    }

    public void EndRow() => Put(_rowClose);

    /// <summary>One cell of the open row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Cell(int column, CellData data)
    {
        if (data.Number is { } value)
        {
            Span<byte> number = stackalloc byte[32];
            value.TryFormat(number, out var written, CellBytes.NumberFormat, CultureInfo.InvariantCulture);
            EncodedCell(column, CellBytes.Number, number[..written]);
        }
        else if (data.Text is { } text)
        {
            OpenCell(column);
            Put(CellBytes.Preserves(text) ? _textOpenPreserve : _textOpen);
            PutText(text);
            Put(_textClose);
        }
        else
        {
            EncodedCell(column, CellBytes.Empty, default);
        }
    }

    /// <summary>One cell of the open row as <see cref="CellBytes"/> encoded it: its kind and its content bytes, already escaped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void EncodedCell(int column, byte kind, ReadOnlySpan<byte> content)
    {
        if (kind == CellBytes.Empty)
        {
            var style = column < _styleAttributes.Length ? _styleAttributes[column] : [];
            if (style.Length == 0) return;
            OpenCell(column);
            Put("/>"u8);
            return;
        }
        OpenCell(column);
        Put(kind switch
        {
            CellBytes.Number => _numberOpen,
            CellBytes.PreservedText => _textOpenPreserve,
            _ => _textOpen,
        });
        Put(content);
        Put(kind == CellBytes.Number ? _numberClose : _textClose);
    }

    /// <summary>`<c r="B12" s="4"`: the reference and the column's style, the tag left open.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void OpenCell(int column)
    {
        Put(_cellOpen);
        Put(Letters(column));
        Put(_rowDigits.AsSpan(0, _rowDigitCount));
        Put("\""u8);
        Put(column < _styleAttributes.Length ? _styleAttributes[column] : []);
    }

    /// <summary>Text content escaped as <see cref="CellBytes.Escape"/> escapes it, straight into the buffer.</summary>
    private void PutText(ReadOnlySpan<char> text)
    {
        var most = CellBytes.MostBytes(text.Length);
        if (most > _buffer.Length - _used) Flush();
        if (most <= _buffer.Length)
        {
            _used += CellBytes.Escape(text, _buffer.AsSpan(_used));
            return;
        }
        var large = ArrayPool<byte>.Shared.Rent(most);
        Put(large.AsSpan(0, CellBytes.Escape(text, large)));
        ArrayPool<byte>.Shared.Return(large);
    }

    private byte[] Letters(int column)
    {
        while (_letters.Count <= column) _letters.Add(Utf8(RowStreamer.ColumnName(_letters.Count)));
        return _letters[column];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Put(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _used)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                _output.Write(bytes);
                return;
            }
        }
        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    public void Flush()
    {
        if (_used == 0) return;
        _output.Write(_buffer, 0, _used);
        _used = 0;
    }

    public void Dispose()
    {
        Flush();
        ArrayPool<byte>.Shared.Return(_buffer);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
