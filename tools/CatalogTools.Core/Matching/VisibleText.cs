using System.Globalization;
using System.Text;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Matching;

/// <summary>
/// A name as a message shows it, with what the eye cannot see made visible: leading and trailing
/// spaces, the full-width space (U+3000) and other invisible characters by code point, full-width
/// Latin letters and digits as 全角Ｘ, traditional characters with their simplified form. Returned as
/// a message argument (the marks are messages, worded in the reader's language); a plain name comes back as plain text.
/// </summary>
public static class VisibleText
{
    public static MessageArgument Of(string text)
    {
        if (!NeedsMarking(text)) return text;
        return Mark(text);
    }

    /// <summary>One character as a message names it: 全角Ｘ, U+3000 (全角空格), or the character itself.</summary>
    public static MessageArgument Character(Rune rune)
    {
        var v = rune.Value;
        if (v == 0x3000) return new MessageText("visibleText.ideographicSpace");
        if (v is >= 0xFF01 and <= 0xFF5E) return new MessageText("visibleText.fullWidth", ("character", rune.ToString()));
        if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
            return $"U+{v:X4}";
        if (NameKey.Simplified(rune) is { } simplified) return new MessageText("visibleText.traditional", ("character", rune.ToString()), ("simplified", simplified.ToString()));
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

    /// <summary>The text in runs: plain text as it is, each mark a message between ⟨ ⟩, joined without a separator.</summary>
    private static MessageList Mark(string text)
    {
        var start = 0;
        while (start < text.Length && text[start] == ' ') start++;
        var end = text.Length;
        while (end > start && text[end - 1] == ' ') end--;
        var parts = new List<MessageArgument>();
        var plain = new StringBuilder();
        void Flush()
        {
            if (plain.Length == 0) return;
            parts.Add(plain.ToString());
            plain.Clear();
        }
        if (start > 0) parts.Add(new MessageText(start > 1 ? "visibleText.leadingSpaces" : "visibleText.leadingSpace", ("count", start)));
        foreach (var rune in text[start..end].EnumerateRunes())
        {
            if (rune.Value != ' ' && Special(rune))
            {
                plain.Append('⟨');
                Flush();
                parts.Add(Character(rune));
                plain.Append('⟩');
            }
            else plain.Append(rune.ToString());
        }
        Flush();
        var trailing = text.Length - end;
        if (trailing > 0) parts.Add(new MessageText(trailing > 1 ? "visibleText.trailingSpaces" : "visibleText.trailingSpace", ("count", trailing)));
        return new MessageList(MessageList.Joined, parts);
    }
}
