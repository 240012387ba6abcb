using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Yaml;
using CatalogTools.Excel.Layout;

namespace CatalogTools.Excel.Export;

/// <summary>
/// One item file's rows on the five item sheets (事项目录, 办事指南, 申请材料, 办理流程, 收费), its
/// code, and the name and agency its display cells are looked up by. The cells are kept as
/// <see cref="CellBytes"/> encodes them, in one array: that array is what the export's content
/// table stores, so a warm export writes a file's rows without reading or parsing the file, and
/// 10^5 items cost 10^5 arrays rather than millions of strings.
/// </summary>
/// <remarks>A pure function of the file's path (its kind) and bytes; the names beside the codes are
/// not in it (they come from other files) and are added when the rows are written.</remarks>
public sealed class ItemRecord
{
    /// <summary>The sheets a record has rows on, in <see cref="Sheets"/> order.</summary>
    public enum Sheet
    {
        Items,
        Guide,
        Materials,
        Steps,
        Fees,
    }

    public static readonly SheetSpec[] Sheets = [WorkbookLayout.Items, WorkbookLayout.Guide, WorkbookLayout.Materials, WorkbookLayout.Steps, WorkbookLayout.Fees];

    private readonly byte[] _bytes;
    private readonly int[] _starts = new int[Sheets.Length];
    private readonly int[] _rows = new int[Sheets.Length];

    private ItemRecord(byte[] bytes)
    {
        _bytes = bytes;
        var at = 0;
        Code = ReadText(bytes, ref at) ?? throw new InvalidDataException("an item record without a code");
        Name = ReadText(bytes, ref at);
        Agency = ReadText(bytes, ref at);
        var lengths = new int[Sheets.Length];
        for (var s = 0; s < Sheets.Length; s++)
        {
            _rows[s] = CellBytes.ReadCount(bytes, ref at);
            lengths[s] = CellBytes.ReadCount(bytes, ref at);
        }
        for (var s = 0; s < Sheets.Length; s++)
        {
            _starts[s] = at;
            at += lengths[s];
        }
        if (at != bytes.Length) throw new InvalidDataException("an item record of the wrong length");
    }

    /// <summary>The item's code (its <c>code:</c> key).</summary>
    public string Code { get; }

    /// <summary>The item's own non-empty name, or null (then the standard's name is shown).</summary>
    public string? Name { get; }

    /// <summary>The implementing agency's code, or null.</summary>
    public string? Agency { get; }

    /// <summary>The record as stored: what <see cref="Decode"/> takes back.</summary>
    public byte[] Encoded => _bytes;

    public int RowCount(Sheet sheet) => _rows[(int)sheet];

    /// <summary>The rows of one item file, or null when it cannot be read or has no code.</summary>
    public static ItemRecord? Flatten(ReadOnlySpan<byte> yaml, FileKind kind)
    {
        var read = YamlDocumentReader.Read(yaml);
        if (!read.IsReadable || read.Root is not { Kind: YKind.Mapping } root || root.Get("code") is not { Kind: YKind.Scalar } codeNode) return null;
        var code = codeNode.Value;
        IEnumerable<CellData[]>[] sheets =
        [
            [ItemFlattener.ItemRow(root, kind)],
            ItemFlattener.GuideRows(root, code),
            ItemFlattener.ListRows(root, code, WorkbookLayout.Materials),
            ItemFlattener.ListRows(root, code, WorkbookLayout.Steps),
            ItemFlattener.ListRows(root, code, WorkbookLayout.Fees),
        ];
        var output = new ArrayBufferWriter<byte>(1024);
        AppendText(output, code);
        AppendText(output, NameBook.NameOf(root));
        AppendText(output, root.Get("agency") is { Kind: YKind.Scalar } agency ? agency.Value : null);
        var bodies = new ArrayBufferWriter<byte>[sheets.Length];
        for (var s = 0; s < sheets.Length; s++)
        {
            var body = bodies[s] = new ArrayBufferWriter<byte>(256);
            var rows = 0;
            foreach (var row in sheets[s])
            {
                CellBytes.AppendCount(body, row.Length);
                foreach (var cell in row) CellBytes.Append(body, cell);
                rows++;
            }
            CellBytes.AppendCount(output, rows);
            CellBytes.AppendCount(output, body.WrittenCount);
        }
        foreach (var body in bodies) output.Write(body.WrittenSpan);
        return new ItemRecord(output.WrittenSpan.ToArray());
    }

    /// <summary>A stored record, or null when the bytes are not one (then the file is read again).</summary>
    public static ItemRecord? Decode(byte[] stored)
    {
        try
        {
            return new ItemRecord(stored);
        }
        catch (Exception e) when (e is InvalidDataException or IndexOutOfRangeException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes the record's rows on one sheet from <paramref name="row"/> on, with <paramref name="display"/>
    /// (the names) right after the code, as the sheet stands (<see cref="NameBook.InSheetOrder"/>). Returns the next row number.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per item and sheet: compiled optimized at once
    public uint Write(SheetXmlWriter writer, Sheet sheet, ReadOnlySpan<CellData> display, uint row)
    {
        var span = _bytes.AsSpan();
        var at = _starts[(int)sheet];
        for (var r = 0; r < _rows[(int)sheet]; r++)
        {
            var cells = CellBytes.ReadCount(span, ref at);
            writer.BeginRow(row++);
            var column = 0;
            for (var c = 0; c < cells; c++)
            {
                if (c == 1) WriteDisplay(writer, display, ref column);
                var kind = span[at++];
                if (kind == CellBytes.Empty)
                {
                    writer.EncodedCell(column++, kind, default);
                    continue;
                }
                var length = CellBytes.ReadCount(span, ref at);
                writer.EncodedCell(column++, kind, span.Slice(at, length));
                at += length;
            }
            if (cells <= 1) WriteDisplay(writer, display, ref column);
            writer.EndRow();
        }
        return row;
    }

    private static void WriteDisplay(SheetXmlWriter writer, ReadOnlySpan<CellData> display, ref int column)
    {
        foreach (var cell in display) writer.Cell(column++, cell);
    }

    /// <summary>A text or null: its UTF-8 length plus one (0 for null), then its bytes.</summary>
    private static void AppendText(ArrayBufferWriter<byte> output, string? text)
    {
        if (text is null)
        {
            CellBytes.AppendCount(output, 0);
            return;
        }
        var bytes = Encoding.UTF8.GetBytes(text);
        CellBytes.AppendCount(output, bytes.Length + 1);
        output.Write(bytes);
    }

    private static string? ReadText(byte[] bytes, ref int at)
    {
        var length = CellBytes.ReadCount(bytes, ref at) - 1;
        if (length < 0) return null;
        var text = Encoding.UTF8.GetString(bytes, at, length);
        at += length;
        return text;
    }
}
