using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Fleet;

namespace CatalogTools.Cli.Commands.Publish;

/// <summary>After a publish: the output folder's releases.json records the bundles it held before and those just written (for `audit --fleet`).</summary>
internal static class PublishedRecord
{
    public static bool Write(CliConsole console, string outputFolder, IReadOnlyList<CatalogTools.Publishing.Fleet.Release> heldBefore, TimeProvider clock, Lang lang)
    {
        try
        {
            ReleaseLedger.Record(outputFolder, heldBefore, clock.GetUtcNow());
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The bundles are in place; only the record of them is not. Say so, and how to repair it.
            console.Error.WriteLine(Messages.Format(lang, "publish.releaseRecordNotUpdated", ("ledger", ReleaseLedger.FileName), ("message", e.Message)));
            return false;
        }
    }
}
