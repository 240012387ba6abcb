namespace CatalogTools.Core.Formatting;

/// <summary>
/// Fills a new folder as one step (catalog generate): everything is written into a hidden staging
/// folder beside the target (same file system), which is moved into place only when complete. If
/// filling fails, the stage is deleted and the target is left as it was (absent or empty).
/// </summary>
public static class StagedFolder
{
    public static T Create<T>(string target, Func<string, T> fill)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var stage = Path.Combine(parent, "." + Path.GetFileName(full) + ".staging-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(stage);
        try
        {
            var result = fill(stage);
            // An existing target is empty (callers refuse a non-empty one); it is replaced by the complete stage.
            if (Directory.Exists(full)) Directory.Delete(full);
            Directory.Move(stage, full);
            return result;
        }
        catch
        {
            if (Directory.Exists(stage)) Directory.Delete(stage, recursive: true);
            throw;
        }
    }
}
