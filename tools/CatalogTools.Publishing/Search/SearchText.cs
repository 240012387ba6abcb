using System.Text;

namespace CatalogTools.Publishing.Search;

/// <summary>
/// How names, regions, agencies and codes become search tokens. Search/search.js splits a query
/// the same way (NFKC, lower case, runs of Chinese characters and of letters/digits), so both sides agree:
/// <list type="bullet">
/// <item>name: every two-character pair of each Chinese run, every
/// jieba dictionary word in it, the pinyin initials of each word and each prefix of a run's
/// initials (社会保障卡 → sh, shb, shbz, shbzk), letter/digit runs, and every word of the synonym groups a name
/// contains, with its pairs and initials;</item>
/// <item>body (region and agency): each Chinese run whole and every jieba dictionary word in it — words, not pairs, so
/// that an agency's name gives fewer tokens, each one a word people type (a pair like 理局 is none);</item>
/// <item>code: the whole code and its first part (the basic code of the standard item).</item>
/// </list>
/// No token is one character long: search.js never looks one up (a one-character query asks for two), and such
/// tokens (项, 第, 村, 县 — in nearly every generated name or region) made the largest postings of the index.
/// </summary>
public static class SearchText
{
    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static bool IsAlnum(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9';

    /// <summary>Maximal runs of Chinese characters and of lower-case letters/digits in a normalized text.</summary>
    public static IEnumerable<(string Text, bool Han)> Runs(string normalized)
    {
        var start = 0;
        while (start < normalized.Length)
        {
            var c = normalized[start];
            var han = IsHan(c);
            if (!han && !IsAlnum(c))
            {
                start++;
                continue;
            }
            var end = start + 1;
            while (end < normalized.Length && (han ? IsHan(normalized[end]) : IsAlnum(normalized[end]))) end++;
            yield return (normalized[start..end], han);
            start = end;
        }
    }

    public static void AddName(string name, SearchSynonyms synonyms, ISet<string> into)
    {
        var text = Normalize(name);
        foreach (var (run, han) in Runs(text))
        {
            if (!han)
            {
                if (run.Length >= 2) into.Add(run);
                continue;
            }
            AddPairs(run, into);
            AddInitialPrefixes(run, into);
            foreach (var word in ChineseWords.Of(run))
            {
                if (word.Length < 2 || !word.All(IsHan)) continue;
                into.Add(word);
                if (PinyinInitials.Of(word) is { } initials) into.Add(initials);
            }
        }
        foreach (var group in synonyms.Groups)
        {
            if (!group.Any(w => text.Contains(w, StringComparison.Ordinal))) continue;
            foreach (var word in group) AddWord(word, into);
        }
    }

    public static void AddBody(string text, ISet<string> into)
    {
        foreach (var (run, han) in Runs(Normalize(text)))
        {
            if (!han)
            {
                if (run.Length >= 2) into.Add(run);
                continue;
            }
            if (run.Length >= 2) into.Add(run);
            foreach (var word in ChineseWords.Of(run))
            {
                if (word.Length >= 2 && word.All(IsHan)) into.Add(word);
            }
        }
    }

    public static void AddCode(string code, ISet<string> into)
    {
        var text = Normalize(code);
        into.Add(text);
        foreach (var (run, _) in Runs(text))
        {
            if (run.Length >= 4) into.Add(run);
            break;
        }
    }

    /// <summary>A synonym as a name would give it: itself, its pairs and initials.</summary>
    private static void AddWord(string word, ISet<string> into)
    {
        foreach (var (run, han) in Runs(word))
        {
            if (run.Length >= 2) into.Add(run);
            if (!han) continue;
            AddPairs(run, into);
            if (PinyinInitials.Of(run) is { Length: >= 2 } initials) into.Add(initials);
        }
    }

    private static void AddPairs(string run, ISet<string> into)
    {
        for (var i = 0; i + 1 < run.Length; i++) into.Add(run.Substring(i, 2));
    }

    private static void AddInitialPrefixes(string run, ISet<string> into)
    {
        if (PinyinInitials.Of(run) is not { } initials) return;
        for (var length = 2; length <= initials.Length; length++) into.Add(initials[..length]);
    }
}
