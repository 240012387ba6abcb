using CatalogTools.Caching;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Progress;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Sources;
using CatalogTools.Git.Changes;

namespace CatalogTools.Cli.Commands.Check;

/// <summary>
/// `check FILE...` as an editor runs it on save: reads the named item files and only what a whole
/// check would pair with them — every standard, registry and the policy; a named standard's
/// implementations; the other implementations of a named implementation's region (same name,
/// different code); files of the same name (duplicate codes); and the few misnamed files the cache
/// knows (<see cref="SourceSession.MisnamedFiles"/>) — then runs every rule on that scope and reports the named
/// files only, exactly as a whole check filtered to them would.
/// </summary>
public static class NamedFilesCheck
{
    /// <summary>The result, or null when a named file is not an item file (a registry or the policy involves everything).</summary>
    public static CheckResult? Run(CatalogChecker checker, SourceSession session, IReadOnlySet<string> named, Func<string, bool> filter, PhaseTimings? timings, IProgress<WorkProgress>? progress)
    {
        if (named.Any(p => FileKinds.FromPath(p) is not (FileKind.StandardItem or FileKind.Implementation))) return null;
        var loader = new CatalogLoader(session.Location) { Progress = progress };
        var fileLoader = new FileLoader(loader.Schemas);
        timings?.Mark("schemas");
        var files = session.WorkTree.Files();
        timings?.Mark("files");
        var misnamed = session.MisnamedFiles(fileLoader, files);
        timings?.Mark("misnamed");

        var involved = Involved(named, misnamed);
        var catalog = new PartialSource(session.WorkTree, involved).LoadFiles(loader, files);
        timings?.Mark("load");
        var scope = ChangedScope.Compute(catalog, named, _ => null);
        return checker.Check(scope.Narrow(catalog), filter, scope.Codes);
    }

    private static Func<string, bool> Involved(IReadOnlySet<string> named, IReadOnlyDictionary<string, string> misnamed)
    {
        var byName = PartialLoad.Selector(named)!;
        var regionFolders = named.Where(p => FileKinds.FromPath(p) == FileKind.Implementation).Select(Path.GetDirectoryName).ToHashSet(StringComparer.Ordinal);
        // A named file declaring another code collides with files named after that code.
        var declaredNames = named.Where(misnamed.ContainsKey).Select(p => misnamed[p] + Path.GetExtension(p)).ToHashSet(StringComparer.Ordinal);
        return path => byName(path) || misnamed.ContainsKey(path) || declaredNames.Contains(Path.GetFileName(path))
            || (FileKinds.FromPath(path) == FileKind.Implementation && regionFolders.Contains(Path.GetDirectoryName(path)));
    }
}
