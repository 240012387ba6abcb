using System.Text;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Formatting;
using CatalogTools.Git.Lock;

namespace CatalogTools.Cli.Commands.Lock;

/// <summary>
/// `catalog lock --merge %O %A %B`: git's merge driver for catalog.lock. Writes the merged lock
/// into %A and exits 0, or — when both branches changed one code differently — writes a conflict
/// block for each such code only, names them, and exits 1 so git reports the conflict.
/// </summary>
public static class LockMergeDriver
{
    public static int Run(string basePath, string oursPath, string theirsPath, CliConsole console, Lang lang)
    {
        if (!File.Exists(oursPath) || !File.Exists(theirsPath))
        {
            console.Error.WriteLine(Messages.Format(lang, "lock.catalogLockMergeNotFound", ("file", (File.Exists(oursPath) ? theirsPath : oursPath))));
            return ExitCodes.CannotRun;
        }
        // Git passes an empty base when both branches added the lock.
        var result = LockMerge.Merge(File.Exists(basePath) ? Read(basePath) : "", Read(oursPath), Read(theirsPath));
        CatalogFormatter.WriteAtomically(Path.GetFullPath(oursPath), result.Text);
        if (result.Unreadable is { } broken)
        {
            console.Error.WriteLine(Messages.Format(lang, "lock.cannotMergeByCode", ("line", broken.Line), ("detail", broken.Detail)));
            return ExitCodes.Findings;
        }
        if (result.Clean) return ExitCodes.Ok;
        console.Error.WriteLine(Messages.Format(lang, "lock.mergeConflict", ("codes", string.Join(Messages.Text(lang, "list.separator"), result.Conflicts))));
        return ExitCodes.Findings;
    }

    private static string Read(string path) => File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
}
