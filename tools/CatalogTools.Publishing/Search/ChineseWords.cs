using JiebaNet.Segmenter;

namespace CatalogTools.Publishing.Search;

/// <summary>
/// Chinese words by jieba.NET's dictionary (search mode: 社会保障卡申领 → 社会, 保障, 社会保障, 卡, 申领), without
/// its HMM guesser so the same name always gives the same words. The dictionary ships beside the assembly
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
        lock (Gate) return segmenter.CutForSearch(text, hmm: false).ToList();
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
