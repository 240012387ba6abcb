namespace CatalogTools.Excel.Export;

/// <summary>
/// The git commit a catalog was exported from, read from .git directly (HEAD, loose refs,
/// packed-refs, worktree gitdir files); "unknown" when the catalog is not in a repository.
/// </summary>
public static class SourceRevision
{
    public const string Unknown = "unknown";

    public static string Of(string directory)
    {
        try
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
            {
                var dotGit = Path.Combine(dir.FullName, ".git");
                if (Directory.Exists(dotGit)) return Resolve(dotGit, dotGit);
                if (File.Exists(dotGit))
                {
                    var line = File.ReadAllText(dotGit).Trim();
                    if (!line.StartsWith("gitdir:", StringComparison.Ordinal)) return Unknown;
                    var gitDir = Path.GetFullPath(Path.Combine(dir.FullName, line["gitdir:".Length..].Trim()));
                    var common = gitDir;
                    var commonFile = Path.Combine(gitDir, "commondir");
                    if (File.Exists(commonFile)) common = Path.GetFullPath(Path.Combine(gitDir, File.ReadAllText(commonFile).Trim()));
                    return Resolve(gitDir, common);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return Unknown;
    }

    private static string Resolve(string gitDir, string commonDir)
    {
        var head = File.ReadAllText(Path.Combine(gitDir, "HEAD")).Trim();
        if (!head.StartsWith("ref:", StringComparison.Ordinal)) return head;
        var reference = head[4..].Trim();
        foreach (var root in new[] { gitDir, commonDir })
        {
            var loose = Path.Combine(root, reference);
            if (File.Exists(loose)) return File.ReadAllText(loose).Trim();
        }
        var packed = Path.Combine(commonDir, "packed-refs");
        if (File.Exists(packed))
        {
            foreach (var line in File.ReadLines(packed))
            {
                if (line.EndsWith(" " + reference, StringComparison.Ordinal)) return line[..line.IndexOf(' ')];
            }
        }
        return Unknown;
    }
}
