using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Trust;

namespace CatalogTools.Cli.Commands.Publish;

/// <summary>What publish says about the content-addressed files it pruned, and its exit code (a prune that stopped is a failed step: nothing was deleted).</summary>
internal static class PruneReport
{
    public static int Write(CliConsole console, PruneResult result, int keep, Lang lang)
    {
        if (result.Stopped is { } why)
        {
            console.Error.WriteLine(why.In(lang));
            return ExitCodes.CannotRun;
        }
        if (result.Removed == 0) return ExitCodes.Ok;
        console.Out.WriteLine(result.Kept is { } kept
            ? Messages.Format(lang, "publish.pruned", ("removed", result.Removed), ("keep", keep), ("bytesRemoved", result.BytesRemoved), ("kept", kept))
            : Messages.Format(lang, "publish.prunedByDelta", ("removed", result.Removed), ("keep", keep), ("bytesRemoved", result.BytesRemoved)));
        return ExitCodes.Ok;
    }
}
