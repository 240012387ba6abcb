using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Trust;

namespace CatalogTools.Cli.Commands.Release;

/// <summary>What publish and release say about the trust metadata they wrote, and their exit code.</summary>
internal static class TrustReport
{
    public static int Write(CliConsole console, TrustPublishResult result, Lang lang)
    {
        foreach (var p in result.Problems) console.Error.WriteLine(p.In(lang));
        if (result.DefaultRootCreated)
        {
            console.Out.WriteLine(Messages.Text(lang, "release.madeADefaultRootMetadata"));
        }
        foreach (var (channel, version) in result.TargetsVersions.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            console.Out.WriteLine(Messages.Format(lang, "release.trustMetadata", ("targetsFile", RepositoryLayout.TargetsFile(channel, version))));
        }
        foreach (var p in result.Pending)
        {
            console.Out.WriteLine(Messages.Format(lang, "release.needsSignaturesValidHoldersOf", ("file", p.File), ("role", p.Role), ("valid", p.Valid), ("threshold", p.Threshold)));
        }
        if (result.Released)
        {
            console.Out.WriteLine(Messages.Format(lang, "release.releasedVersion", ("snapshotFile", RepositoryLayout.SnapshotFile(result.SnapshotVersion!.Value)), ("timestampFile", RepositoryLayout.TimestampFile), ("timestampVersion", result.TimestampVersion)));
        }
        else if (result.Problems.Count == 0 && result.Pending.Count > 0)
        {
            console.Out.WriteLine(Messages.Text(lang, "release.noSnapshotOrTimestampWritten"));
        }
        return result.Problems.Count > 0 ? ExitCodes.CannotRun : ExitCodes.Ok;
    }
}
