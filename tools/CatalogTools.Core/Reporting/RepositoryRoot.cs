namespace CatalogTools.Core.Reporting;

/// <summary>
/// The folder reported paths are relative to: the git work tree holding the catalog (the nearest
/// ancestor with a .git entry), or else the catalog's parent, where catalog.lock is kept.
/// </summary>
public static class RepositoryRoot
{
    public static string Of(string catalogRoot)
    {
        var full = Path.GetFullPath(catalogRoot).TrimEnd(Path.DirectorySeparatorChar);
        for (var dir = new DirectoryInfo(full); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git)) return dir.FullName;
        }
        return Path.GetDirectoryName(full) ?? full;
    }
}
