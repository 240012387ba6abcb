using System.Globalization;
using System.Text;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Matching;

/// <summary>
/// A name as a message shows it, with what the eye cannot see made visible: leading and trailing
/// spaces, the full-width space (U+3000) and other invisible characters by code point, full-width
/// Latin letters and digits as 全角Ｘ, traditional characters with their simplified form. Returned as
/// a message argument; a plain name comes back as plain text.
/// </summary>
public static class VisibleText
{
    public static MessageArgument Of(string text)
    {
        if (!NeedsMarking(text)) return text;
        return MessageArgument.Worded(Mark(text, zh: true), Mark(text, zh: false));
    }

    /// <summary>One character as a message names it: 全角Ｘ, U+3000 (全角空格), or the character itself.</summary>
    public static string Character(Rune rune, bool zh)
    {
        var v = rune.Value;
        if (v == 0x3000) return zh ? "U+3000（全角空格）" : "U+3000 (ideographic space)";
        if (v is >= 0xFF01 and <= 0xFF5E) return zh ? $"全角{rune}" : $"full-width {rune}";
        if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
            return $"U+{v:X4}";
        if (NameKey.Simplified(rune) is { } simplified) return zh ? $"繁体{rune}（{simplified}）" : $"traditional {rune} ({simplified})";
        return rune.ToString();
    }

    private static bool NeedsMarking(string text)
    {
        if (text.Length > 0 && (text[0] == ' ' || text[^1] == ' ')) return true;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value != ' ' && Special(rune)) return true;
        }
        return false;
    }

    private static bool Special(Rune rune) =>
        rune.Value is 0x3000 or (>= 0xFF01 and <= 0xFF5E)
        || Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format
        || NameKey.IsTraditional(rune);

    private static string Mark(string text, bool zh)
    {
        var start = 0;
        while (start < text.Length && text[start] == ' ') start++;
        var end = text.Length;
        while (end > start && text[end - 1] == ' ') end--;
        var shown = new StringBuilder();
        if (start > 0) shown.Append(zh ? $"⟨开头{start}个空格⟩" : $"⟨{start} leading space{(start > 1 ? "s" : "")}⟩");
        foreach (var rune in text[start..end].EnumerateRunes())
        {
            if (rune.Value != ' ' && Special(rune)) shown.Append('⟨').Append(Character(rune, zh)).Append('⟩');
            else shown.Append(rune.ToString());
        }
        var trailing = text.Length - end;
        if (trailing > 0) shown.Append(zh ? $"⟨末尾{trailing}个空格⟩" : $"⟨{trailing} trailing space{(trailing > 1 ? "s" : "")}⟩");
        return shown.ToString();
    }
}
