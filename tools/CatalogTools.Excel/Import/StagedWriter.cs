using CatalogTools.Core.Formatting;

namespace CatalogTools.Excel.Import;

/// <summary>
/// Writes many files as one step: every file is first written to a hidden staging folder inside
/// the catalog (same file system), then moved into place; if any move fails, the files already
/// moved are put back, so the catalog is either fully updated or unchanged.
/// </summary>
public static class StagedWriter
{
    public static void Write(string catalogRoot, IReadOnlyList<(string RelativePath, string Text)> files)
    {
        if (files.Count == 0) return;
        var stage = Path.Combine(catalogRoot, ".catalog-import-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(stage);
        var done = new List<(string Target, string? Backup)>();
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                File.WriteAllText(Path.Combine(stage, i + ".yaml"), files[i].Text, CatalogFormatter.Utf8NoBom);
            }
            for (var i = 0; i < files.Count; i++)
            {
                var target = Path.Combine(catalogRoot, files[i].RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                string? backup = null;
                if (File.Exists(target))
                {
                    backup = Path.Combine(stage, i + ".bak");
                    File.Move(target, backup);
                }
                done.Add((target, backup));
                File.Move(Path.Combine(stage, i + ".yaml"), target);
            }
        }
        catch
        {
            for (var i = done.Count - 1; i >= 0; i--)
            {
                var (target, backup) = done[i];
                if (File.Exists(target)) File.Delete(target);
                if (backup is not null) File.Move(backup, target);
            }
            throw;
        }
        finally
        {
            Directory.Delete(stage, recursive: true);
        }
    }
}
