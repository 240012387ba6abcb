using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Writing;

namespace CatalogTools.Cli;

/// <summary>What the CLI says about the journaled writer: a write that did not happen, and what start-up recovery did.</summary>
public static class WriteReports
{
    /// <summary>A set of <paramref name="count"/> files was not written; nothing was changed.</summary>
    public static void Failure(CliConsole console, Lang lang, WriteFailure failure, int count)
    {
        var zh = lang == Lang.Zh;
        console.Error.WriteLine(failure.ReadOnly
            ? (zh ? $"{failure.RelativePath}: 文件是只读的，未改写任何文件（共 {count} 个待改写）；取消只读后重新运行" : $"{failure.RelativePath}: the file is read-only; no file was rewritten ({count} to rewrite); make it writable and run again")
            : (zh ? $"{failure.RelativePath}: 写入失败（{failure.Reason}），未改写任何文件（共 {count} 个待改写）" : $"{failure.RelativePath}: could not be written ({failure.Reason}); no file was rewritten ({count} to rewrite)"));
    }

    /// <summary>Runs start-up recovery for a catalog's workspace and says what it did; a recovery that cannot run is reported, not fatal.</summary>
    public static void Recover(CliConsole console, Lang lang, string catalogRoot)
    {
        var zh = lang == Lang.Zh;
        IReadOnlyList<RecoveryNote> notes;
        try
        {
            notes = JournaledWriter.Recover(JournaledWriter.WorkspaceOf(catalogRoot));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(zh ? $"注意：无法完成或撤销上次中断的写入（{e.Message}）；下次运行会再试" : $"note: could not complete or roll back an interrupted write ({e.Message}); the next run tries again");
            return;
        }
        foreach (var note in notes)
        {
            console.Error.WriteLine(note.Kind switch
            {
                RecoveryKind.Completed => zh ? $"注意：上次写入被中断，已按日志完成（{note.Where}，{note.Count} 项）" : $"note: an interrupted write was completed from its journal ({note.Where}, {note.Count} entries)",
                RecoveryKind.RolledBack => zh ? $"注意：上次写入被中断且暂存文件已损坏，已恢复原文件（{note.Where}，{note.Count} 项）" : $"note: an interrupted write had a damaged staged file; the old files were put back ({note.Where}, {note.Count} entries)",
                _ => zh ? $"注意：已清除上次中断、尚未生效的写入（{note.Where}）" : $"note: removed an interrupted write that had not taken effect ({note.Where})",
            });
        }
    }
}
