namespace CatalogTools.Core.Formatting;

/// <summary>Why a set of files was not written: the file that stopped it and the reason; nothing was changed.</summary>
public sealed record FileSetFailure(string RelativePath, string Reason, bool ReadOnly);

/// <summary>
/// Replaces many files under one root as one step (catalog fmt): every new text is first written
/// to a hidden staging folder inside the root (same file system, so moves are renames), then each
/// file is swapped in, its old bytes kept in the stage. If any step fails — a read-only file, a
/// vanished folder, an I/O error — the files already swapped are put back and the new ones removed,
/// so the catalog is either fully rewritten or unchanged. A read-only file is never overwritten,
/// even by a user the file system would let (root).
/// </summary>
public static class FileSetWriter
{
    public const string StagePrefix = ".catalog-write-";

    /// <returns>Null when every file was written; otherwise what stopped it (and nothing is changed).</returns>
    public static FileSetFailure? Write(string root, IReadOnlyList<(string RelativePath, string Text)> files)
    {
        if (files.Count == 0) return null;
        var stage = Path.Combine(root, StagePrefix + Guid.NewGuid().ToString("N")[..12]);
        var swapped = new List<(string Target, string? Backup)>();
        var current = "";
        var keepStage = false;
        try
        {
            Directory.CreateDirectory(stage);
            for (var i = 0; i < files.Count; i++)
            {
                current = files[i].RelativePath;
                File.WriteAllText(Path.Combine(stage, i + ".new"), files[i].Text, CatalogFormatter.Utf8NoBom);
            }
            for (var i = 0; i < files.Count; i++)
            {
                current = files[i].RelativePath;
                var target = Path.Combine(root, current);
                string? backup = null;
                if (File.Exists(target))
                {
                    if (IsReadOnly(target)) return RollBack(swapped, new FileSetFailure(current, "read-only", ReadOnly: true), stage, ref keepStage);
                    backup = Path.Combine(stage, i + ".old");
                    File.Move(target, backup);
                }
                else
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                }
                swapped.Add((target, backup));
                File.Move(Path.Combine(stage, i + ".new"), target);
            }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return RollBack(swapped, new FileSetFailure(current, e.Message, ReadOnly: false), stage, ref keepStage);
        }
        finally
        {
            // The stage holds the old bytes of swapped files until they are back; it is kept if they could not be.
            if (!keepStage)
            {
                try { Directory.Delete(stage, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }
    }

    /// <summary>No write permission for the owner (Unix) or the read-only attribute (Windows).</summary>
    public static bool IsReadOnly(string path)
    {
        if (OperatingSystem.IsWindows()) return File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly);
        return (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0;
    }

    private static FileSetFailure RollBack(List<(string Target, string? Backup)> swapped, FileSetFailure failure, string stage, ref bool keepStage)
    {
        try
        {
            for (var i = swapped.Count - 1; i >= 0; i--)
            {
                var (target, backup) = swapped[i];
                if (File.Exists(target)) File.Delete(target);
                if (backup is not null) File.Move(backup, target);
            }
            return failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            keepStage = true;
            return failure with { Reason = $"{failure.Reason}; restoring failed ({e.Message}), the old files (*.old) are kept in {stage}" };
        }
    }
}
