namespace CatalogTools.Cli;

/// <summary>The exit codes every verb uses, whatever the output format.</summary>
public static class ExitCodes
{
    /// <summary>Ran, and found nothing at or above the failing severity.</summary>
    public const int Ok = 0;

    /// <summary>Ran, and found errors (or warnings with --fail-on warning); for fmt --check, files to reformat.</summary>
    public const int Findings = 1;

    /// <summary>Could not run: bad arguments, no catalog, unreadable input.</summary>
    public const int CannotRun = 2;
}
