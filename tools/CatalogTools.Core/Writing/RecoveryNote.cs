namespace CatalogTools.Core.Writing;

/// <summary>What start-up recovery did with a write that a previous run left unfinished.</summary>
public enum RecoveryKind
{
    /// <summary>A complete journal was replayed: every file or folder it lists is now the new version.</summary>
    Completed,

    /// <summary>A complete journal could not be replayed (a staged file was damaged): the old versions were put back.</summary>
    RolledBack,

    /// <summary>An incomplete journal or a stage without journal was removed: nothing had been changed yet.</summary>
    Discarded,
}

/// <summary>One recovered write: what was done, where (a workspace-relative path or an output folder), and how many files or folders it concerned.</summary>
public sealed record RecoveryNote(RecoveryKind Kind, string Where, int Count);
