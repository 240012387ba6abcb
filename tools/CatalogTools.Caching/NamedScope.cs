using CatalogTools.Core.Loading;
using CatalogTools.Core.Schema;

namespace CatalogTools.Caching;

/// <summary>
/// The files a whole check would pair with some named item files, found through the
/// <see cref="ReverseIndex"/> instead of listing and stat'ing the work tree: the implementations
/// <see cref="CrossFileScope.ToReport"/> says reporting them takes, the named files themselves, and
/// every file outside <c>implementations/</c> (registries, policy, 一件事 and standards: every rule reads them).
/// </summary>
public static class NamedScope
{
    /// <summary>Catalog-relative paths to load, sorted as a whole load sorts them.</summary>
    /// <param name="named">The named item and 一件事 files (catalog-relative).</param>
    /// <param name="parse">What a named file holds now (its content, read this run); null when it cannot be read.</param>
    public static List<string> Files(CatalogLocation location, ReverseIndex reverse, IReadOnlySet<string> named, Func<string, FileLoadResult?> parse)
    {
        var scope = CrossFileScope.ToReport(named, path =>
        {
            var content = parse(path);
            // The reverse index follows what a named implementation declares now, before it is asked.
            if (content is not null && FileKinds.FromPath(path) == FileKind.Implementation) reverse.Note([content]);
            return content;
        });
        return Files(location, reverse, (folder, name, misnamed) => scope.Takes(folder, name, misnamed), named);
    }

    /// <summary>
    /// The implementations <paramref name="takes"/> picks from the reverse index (folder, file name, misnamed),
    /// <paramref name="alsoLoad"/> and every file outside <c>implementations/</c>, sorted as a whole load sorts them.
    /// </summary>
    public static List<string> Files(CatalogLocation location, ReverseIndex reverse, Func<string, string, bool, bool> takes, IEnumerable<string> alsoLoad)
    {
        var files = reverse.Select((folder, _, name, misnamed) => takes(folder, name, misnamed));
        files.AddRange(alsoLoad);
        files.AddRange(OtherThanImplementations(location.CatalogRoot));
        var sorted = files.Distinct(StringComparer.Ordinal).ToList();
        sorted.Sort(StringComparer.Ordinal);
        return sorted;
    }

    /// <summary>Every YAML file of the catalog outside <c>implementations/</c> (standards, registries, 一件事, policy), as a whole load lists them.</summary>
    private static IEnumerable<string> OtherThanImplementations(string root)
    {
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos())
        {
            var name = entry.Name;
            if (name.StartsWith('.') || (entry.Attributes & FileAttributes.Hidden) != 0) continue;
            if ((entry.Attributes & FileAttributes.Directory) == 0)
            {
                if (name.EndsWith(".yaml", StringComparison.Ordinal) || name.EndsWith(".yml", StringComparison.Ordinal)) yield return name;
            }
            else if (name != ReverseIndex.Root)
            {
                foreach (var file in CatalogLoader.EnumerateFiles(entry.FullName)) yield return name + "/" + file;
            }
        }
    }
}
