using CatalogTools.Caching;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Progress;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Sources;
using CatalogTools.Git.Changes;
using CatalogTools.Git.Repositories;
using CatalogTools.Rules;

namespace CatalogTools.Cli.Commands.Check;

/// <summary>
/// Loading and checking for `check`: through the content-keyed cache (unless --no-cache), and with
/// --changed-since REV narrowed to the changed files and the items they involve (see ChangedScope).
/// A changed registry runs every rule but reports only the registry and the items that refer to
/// its changed entries; a changed policy.yaml checks everything.
/// </summary>
public static class ChangedCheck
{
    /// <summary>The check result, or null when it could not run (the reason is printed).</summary>
    /// <param name="namedFiles">Set when every PATH is a file: then only those files and what involves them are read (NamedFilesCheck).</param>
    public static CheckResult? Run(CheckRequest request, CatalogLocation location, Func<string, bool>? filter, CliConsole console, TimeProvider clock, PhaseTimings? timings = null, IProgress<WorkProgress>? progress = null, IReadOnlySet<string>? namedFiles = null)
    {
        var lang = request.Lang;
        var checker = new CatalogChecker(RuleSet.All, clock) { Progress = progress };
        using var session = SourceSessions.Open(location, request.NoCache);
        if (request.ChangedSince is null)
        {
            if (namedFiles is not null && session.Cached && NamedFilesCheck.Run(checker, session, namedFiles, filter!, timings, progress) is { } named) return named;
            return WholeCheck.Run(checker, session, filter, clock, timings, progress);
        }

        using var repository = GitSession.Open(location, console, lang);
        if (repository is null) return null;
        return GitSession.Guard(repository, () => RunSince(request, session, filter, console, checker, repository, timings, progress), null, console, lang);
    }

    private static CheckResult? RunSince(CheckRequest request, SourceSession session, Func<string, bool>? filter, CliConsole console, CatalogChecker checker, CatalogRepository repository, PhaseTimings? timings, IProgress<WorkProgress>? progress)
    {
        var lang = request.Lang;
        // The JSON Schemas (a few tenths of a second, mostly NJsonSchema's start-up) are read on a worker
        // thread while git finds the changed files.
        var building = Task.Run(() => new CatalogLoader(session.Location) { Progress = progress });
        var since = RevisionBase.Resolve(repository, request.ChangedSince!);
        if (!GitSession.Report(since, console, lang)) return null;
        var changed = session.ChangesSince(since.Value!)!;
        timings?.Mark("git diff");
        var catalog = Load(session, changed, building, timings, progress);
        timings?.Mark("load");

        // Only a changed registry is read at the base.
        var fileLoader = new Lazy<FileLoader>(() => new FileLoader(building.GetAwaiter().GetResult().Schemas));
        var scope = ChangedScope.Compute(catalog, changed.Paths, path =>
            changed.ReadBefore(path) is { } bytes ? fileLoader.Value.Load(path, bytes) : null);
        timings?.Mark("scope");
        console.Error.WriteLine(scope.Everything
            ? Messages.Format(lang, "check.changedSincePolicyChanged", ("since", request.ChangedSince), ("sha", since.Value!.Sha[..10]), ("files", changed.Paths.Count))
            : Messages.Format(lang, "check.changedSinceItemsInScope", ("since", request.ChangedSince), ("sha", since.Value!.Sha[..10]), ("files", changed.Paths.Count), ("items", scope.Codes.Count)));
        if (scope.Everything) return checker.Check(catalog, filter, changedFiles: changed.Paths);

        var report = new HashSet<string>(scope.ReportFiles, StringComparer.Ordinal);
        foreach (var duplicate in catalog.Index.Duplicates)
        {
            if (!scope.Codes.Contains(duplicate.Code) && !report.Contains(duplicate.First.File) && !report.Contains(duplicate.Duplicate.File)) continue;
            report.Add(duplicate.First.File);
            report.Add(duplicate.Duplicate.File);
        }
        var registryChanged = changed.Paths.Any(p => FileKinds.Registries.Contains(FileKinds.FromPath(p)) || FileKinds.FromPath(p) == FileKind.IntermediaryServices);
        return checker.Check(scope.Narrow(catalog), file => report.Contains(file) && (filter is null || filter(file)), registryChanged ? null : scope.Codes, changed.Paths);
    }

    /// <summary>
    /// Only what the change needs when only item files changed (see PartialLoad); else everything.
    /// With the cache and only item or 一件事 files changed, the implementations PartialLoad selects
    /// (the changed files, files of a changed file's name, a changed standard's family) and every misnamed
    /// file are found through the reverse index (as `check FILE` finds its files): the work tree's 10^5
    /// paths are neither listed nor stood in for, and untouched implementations are not read.
    /// </summary>
    private static LoadedCatalog Load(SourceSession session, CatalogChanges changed, Task<CatalogLoader> building, PhaseTimings? timings, IProgress<WorkProgress>? progress)
    {
        var loader = building.GetAwaiter().GetResult();
        if (PartialLoad.Selector(changed.Paths) is not { } selected) return session.WorkTree.Load(loader);
        if (!session.Cached || changed.Files.Any(f => f.Kind is not (FileKind.StandardItem or FileKind.Implementation or FileKind.ServiceBundle)))
        {
            return new PartialSource(session.WorkTree, selected).Load(loader);
        }
        var fileLoader = new FileLoader(loader.Schemas);
        timings?.Mark("schemas");
        var reverse = session.ReverseIndex(() => fileLoader);
        timings?.Mark("reverse index");
        var files = NamedScope.Files(session.Location, reverse, (folder, name, misnamed) => misnamed || selected(folder + "/" + name),
            changed.Files.Where(f => f.Change != FileChangeKind.Removed).Select(f => f.Path));
        timings?.Mark("scope files");
        var catalog = session.WorkTree.LoadFiles(loader, files);
        reverse.Note(catalog.FileResults);
        reverse.Save();
        return catalog;
    }
}
