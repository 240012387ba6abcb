using JiebaNet.Segmenter;

namespace CatalogTools.Publishing.Search;

/// <summary>
/// Chinese words by jieba.NET's dictionary in full mode: every dictionary word in the text, overlapping
/// (人力资源和社会保障局 → 人力, 人力资源, 资源, 社会, 社会保障, 社会保障局, 保障, 保障局…), without its HMM guesser
/// so the same text always gives the same words. The dictionary ships beside the assembly
/// (jieba/dict.txt, copied from the package by the project file) and is loaded once, on first use.
/// </summary>
public static class ChineseWords
{
    private static readonly Lazy<JiebaSegmenter> Segmenter = new(Create);
    private static readonly System.Threading.Lock Gate = new();

    public static IReadOnlyList<string> Of(string text)
    {
        var segmenter = Segmenter.Value;
        // The segmenter keeps per-call state in shared dictionaries; one caller at a time.
        lock (Gate) return segmenter.Cut(text, cutAll: true, hmm: false).ToList();
    }

    private static JiebaSegmenter Create()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "jieba");
        if (!File.Exists(Path.Combine(folder, "dict.txt")))
        {
            throw new InvalidOperationException($"jieba dictionary not found at {folder}: it is copied there by the build of CatalogTools.Publishing");
        }
        ConfigManager.ConfigFileBaseDir = folder;
        return new JiebaSegmenter();
    }
}
