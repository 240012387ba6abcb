using System.Collections.Concurrent;
using System.Text;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Model;
using CatalogTools.Core.Schema;

namespace CatalogTools.Caching;

/// <summary>
/// The reverse index a check of named files needs: item files whose content does not say what
/// their path says (a code other than the file name, an implementation of another standard than
/// the name begins with, or in another region's folder). Everything else is found by path — a
/// standard's implementations by name prefix, a region's by folder — so these few files (each an
/// error of its own) are all a partial load must add to see what a whole check would pair with the
/// named files. Stored by content key in <c>.catalog-cache/misnamed.bin</c>: a warm run stats the
/// work tree and reads only files changed since the last run.
/// </summary>
public static class MisnamedFiles
{
    private static readonly byte[] WellNamed = [];

    /// <summary>Path → the code its content declares, for every misnamed item file among <paramref name="files"/>; <paramref name="loader"/> only when one is not known by its content key.</summary>
    public static IReadOnlyDictionary<string, string> Find(CatalogLocation location, FileCache cache, Func<FileLoader> loader, IReadOnlyList<string> files)
    {
        var table = cache.Table("misnamed");
        var found = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.ForEach(files, path =>
        {
            if (FileKinds.FromPath(path) != FileKind.Implementation) return; // standards are always read whole
            string? declared;
            try
            {
                declared = cache.Derive(location, path, table, bytes => Declared(cache.Load(path, bytes, loader())),
                    code => code is null ? WellNamed : Encoding.UTF8.GetBytes(code), bytes => bytes.Length == 0 ? null : Encoding.UTF8.GetString(bytes));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                declared = ""; // unreadable now: the load reads it again and reports why
            }
            if (declared is not null) found[path] = declared;
        });
        table.Save();
        return found;
    }

    /// <summary>The declared code when the content disagrees with the path; null when it agrees (or declares nothing).</summary>
    internal static string? Declared(FileLoadResult result)
    {
        var path = result.File.Path;
        var stem = Path.GetFileNameWithoutExtension(path);
        var folder = Path.GetFileName(Path.GetDirectoryName(path)) ?? "";
        return result.Content switch
        {
            Implementation i when i.Code != stem || !stem.StartsWith(i.StandardCode + "-", StringComparison.Ordinal) || i.Region != folder => i.Code,
            _ => null,
        };
    }
}
