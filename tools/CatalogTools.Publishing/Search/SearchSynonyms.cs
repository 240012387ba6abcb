using CatalogTools.Core.Schema;
using CatalogTools.Core.Yaml;

namespace CatalogTools.Publishing.Search;

/// <summary>
/// The catalog's registries/synonyms.yaml (schemas/synonyms.schema.json): groups of words that mean the same
/// to the people searching (`- words: [社保, 社会保障, 社会保险]`). Editors extend it; `check` validates it against the schema,
/// and publish reads what it can (a catalog with errors is not published).
/// </summary>
public sealed class SearchSynonyms
{
    public static readonly SearchSynonyms None = new([]);

    private SearchSynonyms(IReadOnlyList<IReadOnlyList<string>> groups) => Groups = groups;

    /// <summary>Each group's words, normalized as search tokens are (<see cref="SearchText.Normalize"/>).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    public static string RelativePath => FileKinds.RegistryPath(FileKind.Synonyms);

    public static SearchSynonyms Read(string catalogRoot)
    {
        var path = Path.Combine(catalogRoot, RelativePath);
        byte[] bytes;
        try
        {
            if (!File.Exists(path)) return None;
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return None;
        }
        var read = YamlDocumentReader.Read(bytes);
        if (!read.IsReadable || read.Root is not { Kind: YKind.Mapping } root || root.Get("groups") is not { Kind: YKind.Sequence } groups) return None;
        var result = new List<IReadOnlyList<string>>();
        foreach (var group in groups.Items)
        {
            if (group.Get("words") is not { Kind: YKind.Sequence } list) continue;
            var words = list.Items
                .Where(w => w.Kind == YKind.Scalar && w.Value.Length >= 2)
                .Select(w => SearchText.Normalize(w.Value))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (words.Count >= 2) result.Add(words);
        }
        return new SearchSynonyms(result);
    }
}
