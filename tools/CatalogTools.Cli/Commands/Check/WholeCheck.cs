using CatalogTools.Core.Checking;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Progress;
using CatalogTools.Git.Cache;
using CatalogTools.Git.Repositories;

namespace CatalogTools.Cli.Commands.Check;

/// <summary>
/// A whole-catalog `check` through the caches: fingerprint the work tree (by stat where the stat
/// index allows), answer from the stored result when the fingerprint, tools, schemas and day are
/// the same as last time, else load through the parse cache, check, and store the result.
/// </summary>
public static class WholeCheck
{
    public static CheckResult Run(CatalogChecker checker, CatalogLocation location, Func<string, bool>? filter, TimeProvider clock, PhaseTimings? timings, IProgress<WorkProgress>? progress = null)
    {
        var cache = FileCache.Open(location);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        // The stored result is unfiltered, so a run with PATH filters neither reads nor writes it.
        var key = filter is null && cache.Fingerprint(location) is { } fingerprint ? CheckResultCache.Key(fingerprint, cache.Key, today) : null;
        timings?.Mark("fingerprint");
        if (key is not null && CheckResultCache.TryRead(cache.Folder, key) is { } stored)
        {
            cache.Save();
            return new CheckResult(null, stored.Diagnostics, stored.Summary);
        }

        var loaded = RevisionCatalog.LoadWorkTree(location, cache, progress);
        cache.Save();
        timings?.Mark("load");
        var result = checker.Check(loaded, filter);
        if (key is not null && cache.FingerprintHolds(loaded.FileResults.Count))
        {
            CheckResultCache.Write(cache.Folder, key, result.Diagnostics, result.Summary);
        }
        return result;
    }
}
