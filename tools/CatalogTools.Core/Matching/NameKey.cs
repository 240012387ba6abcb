using System.Globalization;
using System.Text;

namespace CatalogTools.Core.Matching;

/// <summary>
/// The form of a name that matching compares: what an editor may write differently without meaning
/// another thing. Full-width letters, digits and brackets become half-width (NFKC), whitespace and
/// invisible characters are dropped, traditional characters become simplified (OpenCC's table),
/// every bracket kind becomes ( ), quotes are dropped, dashes and middle dots have one form, and
/// Latin letters are lower case. Registry names and material names go through the same function.
/// </summary>
public static class NameKey
{
    private static readonly Lazy<Dictionary<int, string>> TraditionalToSimplified = new(LoadTable);

    /// <summary>Words for the form of a paper that name the same material (身份证复印件 is 身份证).</summary>
    private static readonly string[] FormSuffixes =
        ["原件及复印件", "原件和复印件", "原件或复印件", "复印件", "原件", "扫描件", "影印件", "电子版", "电子件", "正副本", "副本", "正本"];

    public static string Of(string name)
    {
        var text = name.Normalize(NormalizationForm.FormKC);
        var key = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format) continue;
            var value = rune.Value;
            switch (value)
            {
                case '[' or '{' or '<' or 0x3010 or 0x3014 or 0x3016 or 0x3008 or 0x300A or 0x300C or 0x300E or 0xFF3B or 0xFF5B:
                    key.Append('(');
                    continue;
                case ']' or '}' or '>' or 0x3011 or 0x3015 or 0x3017 or 0x3009 or 0x300B or 0x300D or 0x300F or 0xFF3D or 0xFF5D:
                    key.Append(')');
                    continue;
                case '"' or '\'' or 0x201C or 0x201D or 0x2018 or 0x2019:
                    continue;
                case 0x2010 or 0x2011 or 0x2012 or 0x2013 or 0x2014 or 0x2015 or 0x2212 or 0xFF0D:
                    key.Append('-');
                    continue;
                case 0x2022 or 0x2027 or 0x30FB or 0xFF65 or 0x00B7:
                    key.Append('·');
                    continue;
            }
            if (value < 0x80)
            {
                key.Append(char.ToLowerInvariant((char)value));
                continue;
            }
            if (TraditionalToSimplified.Value.TryGetValue(value, out var simplified)) key.Append(simplified);
            else key.Append(rune.ToString());
        }
        return key.ToString();
    }

    /// <summary>The key with a trailing form word removed: 身份证复印件 and 身份证(复印件) are 身份证.</summary>
    public static string WithoutForm(string key)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var suffix in FormSuffixes)
            {
                var bracketed = "(" + suffix + ")";
                if (key.EndsWith(bracketed, StringComparison.Ordinal) && key.Length > bracketed.Length)
                {
                    key = key[..^bracketed.Length];
                    changed = true;
                }
                else if (key.EndsWith(suffix, StringComparison.Ordinal) && key.Length > suffix.Length)
                {
                    key = key[..^suffix.Length];
                    changed = true;
                }
            }
        }
        return key;
    }

    /// <summary>The key without a trailing bracketed qualifier: 收入证明(申请最低生活保障) is 收入证明.</summary>
    public static string Base(string key)
    {
        if (key.Length < 3 || key[^1] != ')') return key;
        var open = key.LastIndexOf('(');
        return open > 0 ? key[..open] : key;
    }

    /// <summary>True when the character is traditional and folds to another (simplified) form.</summary>
    public static bool IsTraditional(Rune rune) =>
        TraditionalToSimplified.Value.TryGetValue(rune.Value, out var simplified) && simplified != rune.ToString();

    /// <summary>The simplified form of a traditional character, or null.</summary>
    public static string? Simplified(Rune rune) =>
        TraditionalToSimplified.Value.TryGetValue(rune.Value, out var simplified) && simplified != rune.ToString() ? simplified : null;

    private static Dictionary<int, string> LoadTable()
    {
        var table = new Dictionary<int, string>();
        using var stream = typeof(NameKey).Assembly.GetManifestResourceStream("CatalogTools.Core.Matching.TSCharacters.txt")
            ?? throw new InvalidOperationException("the traditional-to-simplified table is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var key = line[..tab];
            if (!Rune.TryGetRuneAt(key, 0, out var rune) || rune.Utf16SequenceLength != key.Length) continue;
            var values = line[(tab + 1)..];
            var space = values.IndexOf(' ');
            var first = space < 0 ? values : values[..space];
            if (first.Length > 0 && first != key) table[rune.Value] = first;
        }
        return table;
    }
}
