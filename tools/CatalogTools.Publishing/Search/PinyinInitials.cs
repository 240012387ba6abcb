using System.Reflection;

namespace CatalogTools.Publishing.Search;

/// <summary>
/// The first letter of each Chinese character's most common reading (社会保障卡 → shbzk), from the table
/// pinyin-initials.txt that generate-pinyin-initials.cjs derives from pinyin-pro (MIT). A character with
/// several readings gets its most common one (行 → x), so 银行 is "yx", not "yh".
/// </summary>
public static class PinyinInitials
{
    private const int First = 0x4E00;
    private static readonly Lazy<string> Table = new(Load);

    /// <summary>The initials of <paramref name="text"/>, or null when a character is not a CJK ideograph with a reading.</summary>
    public static string? Of(ReadOnlySpan<char> text)
    {
        var table = Table.Value;
        Span<char> letters = text.Length <= 64 ? stackalloc char[text.Length] : new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var at = text[i] - First;
            if (at < 0 || at >= table.Length || table[at] == '_') return null;
            letters[i] = table[at];
        }
        return new string(letters);
    }

    private static string Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Search.pinyin-initials.txt")
            ?? throw new InvalidOperationException("pinyin-initials.txt is not embedded in CatalogTools.Publishing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().TrimEnd('\n');
    }
}
