using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;

namespace CatalogTools.Cli;

/// <summary>Turns PATH arguments (files or folders, relative to the working directory) into a filter on catalog-relative paths.</summary>
public static class PathFilter
{
    public static bool TryCreate(CatalogLocation location, IReadOnlyList<string> paths, CliConsole console, Lang lang, out Func<string, bool>? filter) =>
        TryCreate(location, paths, console, lang, out filter, out _);

    /// <param name="namedFiles">The catalog-relative paths when every PATH names a file (an editor's "check this file"); else null.</param>
    public static bool TryCreate(CatalogLocation location, IReadOnlyList<string> paths, CliConsole console, Lang lang, out Func<string, bool>? filter, out IReadOnlySet<string>? namedFiles)
    {
        filter = null;
        namedFiles = null;
        if (paths.Count == 0) return true;
        var prefixes = new List<string>();
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                // A path relative to the catalog root is accepted too.
                var inCatalog = Path.Combine(location.CatalogRoot, path);
                if (File.Exists(inCatalog) || Directory.Exists(inCatalog)) full = Path.GetFullPath(inCatalog);
                else
                {
                    console.Error.WriteLine(Messages.Format(lang, "pathFilter.pathNotFound", ("path", path)));
                    return false;
                }
            }
            var relative = Path.GetRelativePath(location.CatalogRoot, full).Replace('\\', '/');
            if (relative.StartsWith("..", StringComparison.Ordinal))
            {
                console.Error.WriteLine(Messages.Format(lang, "pathFilter.pathIsOutsideTheCatalog", ("path", path), ("catalogRoot", location.CatalogRoot)));
                return false;
            }
            prefixes.Add(relative == "." ? "" : relative);
            if (File.Exists(full)) files.Add(relative);
        }
        if (files.Count == prefixes.Count) namedFiles = files;
        filter = file => prefixes.Any(p => p.Length == 0 || file == p || file.StartsWith(p + "/", StringComparison.Ordinal));
        return true;
    }
}
