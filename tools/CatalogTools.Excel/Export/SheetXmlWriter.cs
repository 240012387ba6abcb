using System.Buffers;
using System.Globalization;
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

    /// <summary>What text content cannot hold as it is: markup characters, and characters XML 1.0 cannot hold at all.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\r\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    private readonly Stream _output;
    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _used;

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
        Span<byte> number = stackalloc byte[16];
        var rowIndex = firstRow;
        foreach (var row in rows)
        {
            rowIndex.TryFormat(number, out var length, default, CultureInfo.InvariantCulture);
            var digits = number[..length];
            Put(_rowOpen);
            Put(digits);
            Put("\">"u8);
            for (var c = 0; c < row.Length; c++) WriteCell(c, digits, row[c]);
            Put(_rowClose);
            rowIndex++;
        }
        return rowIndex;
    }

    private void WriteCell(int column, ReadOnlySpan<byte> rowDigits, CellData data)
    {
        var style = column < _styleAttributes.Length ? _styleAttributes[column] : [];
        if (data.IsEmpty && style.Length == 0) return;
        Put(_cellOpen);
        Put(Letters(column));
        Put(rowDigits);
        Put("\""u8);
        Put(style);
        if (data.Number is { } value)
        {
            Put(_numberOpen);
            Ensure(32);
            value.TryFormat(_buffer.AsSpan(_used), out var written, "R", CultureInfo.InvariantCulture);
            _used += written;
            Put(_numberClose);
        }
        else if (data.Text is { } text)
        {
            var preserve = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\n'));
            Put(preserve ? _textOpenPreserve : _textOpen);
            PutText(text);
            Put(_textClose);
        }
        else
        {
            Put("/>"u8);
        }
    }

    /// <summary>Text content: markup escaped, a carriage return kept as a reference (a parser would turn a literal one into a line feed), characters XML cannot hold dropped.</summary>
    private void PutText(ReadOnlySpan<char> text)
    {
        while (text.Length > 0)
        {
            var special = text.IndexOfAny(Special);
            PutUtf8(special < 0 ? text : text[..special]);
            if (special < 0) return;
            switch (text[special])
            {
                case '&': Put("&amp;"u8); break;
                case '<': Put("&lt;"u8); break;
                case '>': Put("&gt;"u8); break;
                case '\r': Put("&#xD;"u8); break;
                default: break; // a control character or U+FFFE/U+FFFF: not allowed in XML 1.0
            }
            text = text[(special + 1)..];
        }
    }

    private void PutUtf8(ReadOnlySpan<char> chars)
    {
        while (chars.Length > 0)
        {
            // At most 3 bytes per UTF-16 unit; a chunk never ends between the halves of a surrogate pair.
            var room = (_buffer.Length - _used) / 3;
            if (room < 2)
            {
                Flush();
                continue;
            }
            var take = Math.Min(room, chars.Length);
            if (take < chars.Length && char.IsHighSurrogate(chars[take - 1])) take--;
            _used += Encoding.UTF8.GetBytes(chars[..take], _buffer.AsSpan(_used));
            chars = chars[take..];
        }
    }

    private byte[] Letters(int column)
    {
        while (_letters.Count <= column) _letters.Add(Utf8(RowStreamer.ColumnName(_letters.Count)));
        return _letters[column];
    }

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

    private void Ensure(int bytes)
    {
        if (_buffer.Length - _used < bytes) Flush();
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
