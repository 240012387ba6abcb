using CatalogTools.Caching;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Progress;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Sources;
using CatalogTools.Git.Changes;

namespace CatalogTools.Cli.Commands.Check;

/// <summary>
/// `check FILE...` as an editor runs it on save: reads the named item (or 一件事) files and only what a whole
/// check would pair with them (see <see cref="NamedScope"/>: registries, policy, 一件事 and standards;
/// files of the same name or code; the region's implementations; a named standard's
/// implementations; a 一件事's members; every misnamed file), found through the cache's reverse index
/// (<see cref="SourceSession.ReverseIndex"/>) rather than by listing and stat'ing the work tree,
/// then runs every rule on that scope and reports the named files only, as a whole check filtered
/// to them would. Every file in that scope is read this run (never trusted by stat).
/// </summary>
public static class NamedFilesCheck
{
    /// <summary>The result, or null when a named file is not an item or 一件事 file (a registry or the policy involves everything).</summary>
    public static CheckResult? Run(CatalogChecker checker, SourceSession session, IReadOnlySet<string> named, Func<string, bool> filter, PhaseTimings? timings, IProgress<WorkProgress>? progress)
    {
        if (named.Any(p => FileKinds.FromPath(p) is not (FileKind.StandardItem or FileKind.Implementation or FileKind.ServiceBundle))) return null;
        // The JSON Schemas (a few tenths of a second, mostly NJsonSchema's start-up) are read on a worker
        // thread while the reverse index is opened; "schemas" times what is left to wait for them.
        var building = Task.Run(() => new CatalogLoader(session.Location) { Progress = progress });
        var fileLoader = new Lazy<FileLoader>(() => new FileLoader(building.GetAwaiter().GetResult().Schemas));
        var reverse = session.ReverseIndex(() => fileLoader.Value);
        timings?.Mark("reverse index");
        var loader = building.GetAwaiter().GetResult();
        timings?.Mark("schemas");
        var files = NamedScope.Files(session.Location, reverse, named, path => ParseNow(session, path, fileLoader.Value));
        timings?.Mark("scope");
        var catalog = session.WorkTree.LoadFiles(loader, files);
        reverse.Note(catalog.FileResults);
        reverse.Save();
        timings?.Mark("load");
        var scope = ChangedScope.Compute(catalog, named, _ => null);
        return checker.Check(scope.Narrow(catalog), filter, scope.Codes);
    }

    /// <summary>A named file as it is on disk now; null when it cannot be read (the load reports why).</summary>
    private static FileLoadResult? ParseNow(SourceSession session, string path, FileLoader loader)
    {
        try
        {
            return session.Parse(path, session.WorkTree.Read(path), loader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
