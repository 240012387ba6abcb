using System.Globalization;
using System.Text;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Excel.Layout;

namespace CatalogTools.Excel.Import;

/// <summary>A cell turned into a YAML scalar: its text and whether it is a string (quoted) or a number/boolean (plain).</summary>
public readonly record struct CellScalar(string Value, bool IsString);

/// <summary>
/// Cleans what offices type: trims ASCII, full-width (U+3000) and no-break spaces, unifies line
/// breaks, folds full-width digits and letters in codes and numbers, pads region codes that lost
/// their leading zeros, reads numbers stored as text and dates stored as serial numbers.
/// </summary>
public static class CellText
{
    public static string Trim(string text)
    {
        var unified = text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        return unified.Trim(' ', '\t', '\n', '\u3000', '\u00A0', '\uFEFF', '\u200B');
    }

    /// <summary>Header text compared without spaces, line breaks, required-markers and with full-width brackets.</summary>
    public static string HeaderKey(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch is '\u3000' or '*' or '＊' or '\uFEFF' or '\u200B') continue;
            sb.Append(ch switch { '(' => '（', ')' => '）', _ => ch });
        }
        return sb.ToString();
    }

    /// <summary>Full-width digits, letters and hyphens as ASCII, no whitespace anywhere.</summary>
    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(ch) || ch is '\u200B' or '\uFEFF') continue;
            sb.Append(ch is '－' or '—' or '–' ? '-' : ch);
        }
        return sb.ToString();
    }

    /// <summary>The scalar for a cell, or null for an empty cell; a problem text says what was expected.</summary>
    public static CellScalar? Convert(RawCell cell, ColumnSpec column, out MessageArgument? expected)
    {
        expected = null;
        var text = Trim(cell.Text);
        if (text.Length == 0) return null;
        switch (column.Kind)
        {
            case CellKind.Code:
            case CellKind.RegionCode:
            {
                var code = Fold(text);
                if (cell.Numeric)
                {
                    if (!decimal.TryParse(code, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n != decimal.Truncate(n) || code.Contains('E', StringComparison.OrdinalIgnoreCase) && n >= 1e15m)
                    {
                        expected = new MessageText("workbookPhrase.aCompleteCodeStoredAsA");
                        return null;
                    }
                    code = n.ToString("0", CultureInfo.InvariantCulture);
                }
                if (column.Kind == CellKind.RegionCode && code.All(char.IsAsciiDigit))
                {
                    if (code.Length < 6) code = code.PadLeft(6, '0');
                    else if (code.Length is > 6 and < 12) code = code.PadLeft(12, '0');
                }
                return new CellScalar(code, true);
            }
            case CellKind.Integer:
            {
                if (decimal.TryParse(Fold(text), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n == decimal.Truncate(n) && Math.Abs(n) < int.MaxValue)
                {
                    return new CellScalar(((int)n).ToString(CultureInfo.InvariantCulture), false);
                }
                expected = new MessageText("workbookPhrase.aWholeNumber");
                return null;
            }
            case CellKind.Number:
            {
                if (decimal.TryParse(Fold(text), NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
                {
                    // Numbers read from a cell are doubles; 15 significant digits is what Excel keeps.
                    var rounded = cell.Numeric ? (decimal)Math.Round((double)n, 10) : n;
                    return new CellScalar(rounded.ToString("0.##########", CultureInfo.InvariantCulture), false);
                }
                expected = new MessageText("workbookPhrase.aNumber");
                return null;
            }
            case CellKind.YesNo:
            {
                var yes = Fold(text).ToUpperInvariant() switch
                {
                    "是" or "TRUE" or "Y" or "YES" or "1" or "√" or "✓" => true,
                    "否" or "FALSE" or "N" or "NO" or "0" or "×" or "✗" or "X" => (bool?)false,
                    _ => null,
                };
                if (yes is null)
                {
                    expected = new MessageText("workbookPhrase.yesOrNo");
                    return null;
                }
                return new CellScalar(yes.Value ? "true" : "false", false);
            }
            case CellKind.Date:
            {
                // A serial number, as a number or as the text of one (a date column formatted as text).
                if ((cell.Numeric || text.All(char.IsAsciiDigit) && text.Length == 5) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
                {
                    return new CellScalar(DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), true);
                }
                string[] formats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss", "yyyy-MM-ddTHH:mm:ss"];
                if (DateTime.TryParseExact(Fold(text), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return new CellScalar(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), true);
                }
                expected = new MessageText("workbookPhrase.aDateSuchAs202601");
                return null;
            }
            case CellKind.Choice:
                // Checked here, with every other cell, so a wrong drop-down value shows in the same run as a wrong number.
                if (column.Choices is { } choices && !choices.Contains(text))
                {
                    expected = OneOf(choices);
                    return null;
                }
                return new CellScalar(text, true);
            default:
                // Free text keeps its inner line breaks; each line loses trailing spaces.
                if (text.Contains('\n')) text = string.Join('\n', text.Split('\n').Select(l => l.TrimEnd(' ', '\t', '\u3000', '\u00A0')));
                if (cell.Numeric && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                {
                    text = ((decimal)d).ToString("0.##########", CultureInfo.InvariantCulture);
                }
                return new CellScalar(text, true);
        }
    }

    /// <summary>"下拉列表中的一项（A、B、C）": what a drop-down cell accepts, for a message.</summary>
    public static MessageArgument OneOf(IReadOnlyList<string> choices) =>
        new MessageText("workbookPhrase.oneOfTheDropDownValues", ("choices", new MessageList("list.separator", [.. choices.Select(EnglishNames.Term)])));

    /// <summary>Values of a multi-value cell, split at 、 , ， ; ； / and line breaks.</summary>
    public static List<string> SplitList(string text) =>
        Trim(text).Split(['、', ',', '，', ';', '；', '/', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Trim).Where(s => s.Length > 0).ToList();
}
