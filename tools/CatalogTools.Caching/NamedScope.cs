using CatalogTools.Core.Loading;
using CatalogTools.Core.Model;
using CatalogTools.Core.Schema;

namespace CatalogTools.Caching;

/// <summary>
/// The files a whole check would pair with some named item files, found through the
/// <see cref="ReverseIndex"/> instead of listing and stat'ing the work tree. Which rules look
/// across files, and what each needs beside the named file:
/// <list type="bullet">
/// <item>every rule reads the registries, the policy, the 一件事 and the standards (all read: a few
/// files and one folder listing);</item>
/// <item>CAT0010 duplicate code: every file of the same name or declaring the same code — files
/// named after the named file or after the code it declares, and every misnamed file;</item>
/// <item>CAT0033 same name, different code (within a region): every implementation of the region —
/// the named file's folder, the folders named after the region it declares, and every misnamed file;</item>
/// <item>a named standard (CAT0031 summary, CAT0033 among standards, and what its change does to its
/// implementations): its implementations, found by the name prefix "CODE-" (and every misnamed file).</item>
/// </list>
/// Every other rule looks at one item and its standard.
/// </summary>
public static class NamedScope
{
    /// <summary>Catalog-relative paths to load, sorted as a whole load sorts them.</summary>
    /// <param name="named">The named item and 一件事 files (catalog-relative).</param>
    /// <param name="parse">What a named file holds now (its content, read this run); null when it cannot be read.</param>
    public static List<string> Files(CatalogLocation location, ReverseIndex reverse, IReadOnlySet<string> named, Func<string, FileLoadResult?> parse)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var regions = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        foreach (var path in named)
        {
            var name = Path.GetFileName(path);
            names.Add(name);
            var kind = FileKinds.FromPath(path);
            var content = parse(path);
            if (kind == FileKind.Implementation)
            {
                var slash = path.LastIndexOf('/');
                folders.Add(path[..slash]);
                if (content is not null) reverse.Note([content]);
                if (content?.Content is Implementation implementation)
                {
                    names.Add(implementation.Code + Path.GetExtension(path));
                    regions.Add(implementation.Region);
                }
            }
            else if (kind == FileKind.ServiceBundle)
            {
                // Its members by code: the files named after them (a misnamed one is among every misnamed file).
                if (content?.Content is ServiceBundle bundle)
                {
                    foreach (var member in bundle.Members)
                    {
                        names.Add(member + ".yaml");
                        names.Add(member + ".yml");
                    }
                }
            }
            else if (kind == FileKind.StandardItem)
            {
                prefixes.Add(Path.GetFileNameWithoutExtension(path) + "-");
                if (content?.Content is StandardItem standard) prefixes.Add(standard.Code + "-");
            }
        }
        var files = reverse.Select((folder, own, name, misnamed) =>
            misnamed || folders.Contains(folder) || regions.Contains(own) || names.Contains(name) || StartsWithAny(name, prefixes));
        files.AddRange(named);
        files.AddRange(OtherThanImplementations(location.CatalogRoot));
        var sorted = files.Distinct(StringComparer.Ordinal).ToList();
        sorted.Sort(StringComparer.Ordinal);
        return sorted;
    }

    private static bool StartsWithAny(string name, List<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal)) return true;
        }
        return false;
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
