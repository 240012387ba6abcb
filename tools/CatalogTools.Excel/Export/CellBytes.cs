using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace CatalogTools.Excel.Export;

/// <summary>
/// A cell's content as the worksheet holds it: text escaped and encoded as UTF-8, a number in its
/// round-trip form. <see cref="SheetXmlWriter"/> writes cells this way, and <see cref="ItemRecord"/>
/// keeps an item's cells already in this form, so a stored record is written without decoding a string.
/// </summary>
public static class CellBytes
{
    // What kind of cell an encoded cell is (one byte before its content).
    public const byte Empty = 0;
    public const byte Text = 1;
    /// <summary>Text that needs xml:space="preserve" (space at either end, or a line break).</summary>
    public const byte PreservedText = 2;
    public const byte Number = 3;

    public const string NumberFormat = "R";

    /// <summary>What text content cannot hold as it is: markup characters, and characters XML 1.0 cannot hold at all.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\r\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    /// <summary>True when a text cell must keep its white space (a reader would trim it or fold its lines otherwise).</summary>
    public static bool Preserves(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\n'));

    /// <summary>The most bytes <see cref="Escape"/> writes for this many UTF-16 units ("&amp;amp;" is 5 bytes; any other unit at most 3).</summary>
    public static int MostBytes(int units) => units * 5;

    /// <summary>
    /// Writes text content into <paramref name="destination"/> (at least <see cref="MostBytes"/> long):
    /// markup escaped, a carriage return kept as a reference (a parser would turn a literal one into a
    /// line feed), characters XML cannot hold dropped. Returns the bytes written.
    /// </summary>
    public static int Escape(ReadOnlySpan<char> text, Span<byte> destination)
    {
        var written = 0;
        while (text.Length > 0)
        {
            var special = text.IndexOfAny(Special);
            written += Encoding.UTF8.GetBytes(special < 0 ? text : text[..special], destination[written..]);
            if (special < 0) break;
            var escaped = text[special] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '\r' => "&#xD;"u8,
                _ => default, // a control character or U+FFFE/U+FFFF: not allowed in XML 1.0
            };
            escaped.CopyTo(destination[written..]);
            written += escaped.Length;
            text = text[(special + 1)..];
        }
        return written;
    }

    /// <summary>Appends one cell: its kind, then (unless empty) its content's length and content.</summary>
    public static void Append(ArrayBufferWriter<byte> output, CellData cell)
    {
        if (cell.Number is { } number)
        {
            Span<byte> digits = stackalloc byte[32];
            number.TryFormat(digits, out var length, NumberFormat, CultureInfo.InvariantCulture);
            AppendCell(output, Number, digits[..length]);
        }
        else if (cell.Text is { } text)
        {
            var most = MostBytes(text.Length);
            var scratch = ArrayPool<byte>.Shared.Rent(Math.Max(most, 1));
            var length = Escape(text, scratch);
            AppendCell(output, Preserves(text) ? PreservedText : Text, scratch.AsSpan(0, length));
            ArrayPool<byte>.Shared.Return(scratch);
        }
        else
        {
            output.GetSpan(1)[0] = Empty;
            output.Advance(1);
        }
    }

    private static void AppendCell(ArrayBufferWriter<byte> output, byte kind, ReadOnlySpan<byte> content)
    {
        var head = output.GetSpan(6);
        head[0] = kind;
        var used = 1 + WriteCount(head[1..], content.Length);
        output.Advance(used);
        output.Write(content);
    }

    /// <summary>A non-negative count in 7-bit groups (1 byte below 128).</summary>
    public static int WriteCount(Span<byte> destination, int value)
    {
        var i = 0;
        var v = (uint)value;
        while (v >= 0x80)
        {
            destination[i++] = (byte)(v | 0x80);
            v >>= 7;
        }
        destination[i++] = (byte)v;
        return i;
    }

    public static void AppendCount(ArrayBufferWriter<byte> output, int value) => output.Advance(WriteCount(output.GetSpan(5), value));

    /// <summary>Reads a count written by <see cref="WriteCount"/> at <paramref name="at"/>, moving past it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ReadCount(ReadOnlySpan<byte> source, ref int at)
    {
        var value = 0;
        var shift = 0;
        while (true)
        {
            var b = source[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return value;
            shift += 7;
            if (shift > 28) throw new InvalidDataException("count too long");
        }
    }
}
