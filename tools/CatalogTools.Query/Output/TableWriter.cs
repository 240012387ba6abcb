using System.Globalization;
using System.Text;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Query.Output;

/// <summary>
/// A plain-text table for the terminal: columns padded to their widest cell, counting CJK
/// characters as two columns; numbers right-aligned; a row count at the end.
/// </summary>
public static class TableWriter
{
    public static void Write(QueryResult result, TextWriter output, bool english)
    {
        var cells = result.Rows.Select(r => r.Select(v => Clean(ValueText.Of(v))).ToArray()).ToList();
        var widths = result.Columns.Select(Width).ToArray();
        foreach (var row in cells)
        {
            for (var i = 0; i < row.Length; i++) widths[i] = Math.Max(widths[i], Width(row[i]));
        }
        WriteRow(output, result.Columns.ToArray(), widths, _ => false);
        output.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        for (var r = 0; r < cells.Count; r++)
        {
            var source = result.Rows[r];
            WriteRow(output, cells[r], widths, i => ValueText.IsNumber(source[i]));
        }
        output.WriteLine(new MessageText(cells.Count == 1 ? "query.rowCount.one" : "query.rowCount", ("count", cells.Count)).In(english ? Lang.En : Lang.Zh));
    }

    private static void WriteRow(TextWriter output, string[] row, int[] widths, Func<int, bool> rightAlign)
    {
        var line = new StringBuilder();
        for (var i = 0; i < row.Length; i++)
        {
            if (i > 0) line.Append(" | ");
            var pad = new string(' ', widths[i] - Width(row[i]));
            if (rightAlign(i)) line.Append(pad).Append(row[i]);
            else if (i < row.Length - 1) line.Append(row[i]).Append(pad);
            else line.Append(row[i]);
        }
        output.WriteLine(line.ToString());
    }

    /// <summary>Line breaks and tabs in catalog text would break the table's lines.</summary>
    private static string Clean(string text) => text.IndexOfAny(['\n', '\r', '\t']) < 0 ? text : text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');

    /// <summary>Display width: East Asian wide and full-width characters take two columns.</summary>
    public static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += IsWide(rune) ? 2 : CharUnicodeInfo.GetUnicodeCategory(rune.Value) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format ? 0 : 1;
        }
        return width;
    }

    private static bool IsWide(Rune rune)
    {
        var c = rune.Value;
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
            || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
