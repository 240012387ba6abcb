using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Writing;

namespace CatalogTools.Cli;

/// <summary>What the CLI says about the journaled writer: a write that did not happen, and what start-up recovery did.</summary>
public static class WriteReports
{
    /// <summary>A set of <paramref name="count"/> files was not written; nothing was changed.</summary>
    public static void Failure(CliConsole console, Lang lang, WriteFailure failure, int count)
    {
        console.Error.WriteLine(failure.ReadOnly
            ? Messages.Format(lang, "write.theFileIsReadOnly", ("relativePath", failure.RelativePath), ("count", count))
            : Messages.Format(lang, "write.couldNotBeWrittenNo", ("relativePath", failure.RelativePath), ("reason", failure.Reason), ("count", count)));
    }

    /// <summary>Runs start-up recovery for a catalog's workspace and says what it did; a recovery that cannot run is reported, not fatal.</summary>
    public static void Recover(CliConsole console, Lang lang, string catalogRoot)
    {
        IReadOnlyList<RecoveryNote> notes;
        try
        {
            notes = JournaledWriter.Recover(JournaledWriter.WorkspaceOf(catalogRoot));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(Messages.Format(lang, "write.noteCouldNotCompleteOr", ("message", e.Message)));
            return;
        }
        foreach (var note in notes)
        {
            console.Error.WriteLine(note.Kind switch
            {
                RecoveryKind.Completed => Messages.Format(lang, "write.noteAnInterruptedWriteWas", ("where", note.Where), ("note", note.Count)),
                RecoveryKind.RolledBack => Messages.Format(lang, "write.noteAnInterruptedWriteHad", ("where", note.Where), ("note", note.Count)),
                _ => Messages.Format(lang, "write.noteRemovedAnInterruptedWrite", ("where", note.Where)),
            });
        }
    }
}
