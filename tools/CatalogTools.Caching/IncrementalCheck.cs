using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Progress;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Sources;

namespace CatalogTools.Caching;

/// <summary>
/// A whole check after a few implementation files changed since the stored result (an editor's
/// save, a pull): only what those files can change is loaded and checked, and every other file's
/// diagnostics are taken from <c>check.bin</c>. The answer is what a whole check would report.
/// <para>
/// What an implementation's edit can change is <see cref="CrossFileScope.AfterEdit"/>'s: its own
/// diagnostics; those of the implementations in its region folder (two items of one name in a
/// region, CAT0033); and its standard's (the divergence summary counts every implementation of
/// the standard). So this loads every standard, registry, bundle and the policy and the
/// implementations that scope takes (the standards' families and the region folders), and
/// re-reports exactly the changed files, their region folders and their standards.
/// </para>
/// <para>
/// It declines (the caller runs the whole check) when any other kind of file changed (a standard,
/// a registry, the policy, a bundle), when more than <see cref="MostChangedFiles"/> changed, when
/// any file is misnamed (its content says another code, standard or region than its path: then
/// paths do not find what pairs with it), when a changed file's name, or the name of any file in a
/// re-reported region folder, is also used in another folder (a duplicate code), or when a bundle
/// names a changed implementation.
/// </para>
/// </summary>
internal static class IncrementalCheck
{
    /// <summary>Beyond this many changed files a whole check costs about as much.</summary>
    public const int MostChangedFiles = 500;

    public sealed record Outcome(CheckResult Result, IReadOnlyList<StoredFile> Files);

    /// <param name="now">The work tree's files and content digests now, in path order.</param>
    public static Outcome? Run(StoredCheck stored, IReadOnlyList<SourceDigest> now, SourceSession session, CatalogChecker checker, IProgress<WorkProgress>? progress)
    {
        if (Changes(stored.Files, now) is not { } changed || changed.Count == 0) return null;
        if (changed.Any(c => FileKinds.FromPath(c.Path) != FileKind.Implementation || c.Old is { Misnamed: not null })) return null;
        if (stored.Files.Any(f => f.Misnamed is not null)) return null;

        var changedPaths = changed.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        if (CrossFileScope.AfterEdit(changedPaths) is not { } edit) return null;
        if (NameUsedElsewhere(edit, changedPaths, stored.Files.Select(f => f.Path)) || NameUsedElsewhere(edit, changedPaths, now.Select(d => d.Path))) return null;
        if (FolderNameUsedElsewhere(edit, now)) return null;

        var selected = new List<string>();
        foreach (var (path, _) in now)
        {
            // Every file is well named here (else it declined above), so none is taken as misnamed.
            if (FileKinds.FromPath(path) != FileKind.Implementation || edit.Takes(path, misnamed: false)) selected.Add(path);
        }
        var loader = new CatalogLoader(session.Location) { Progress = progress };
        var loaded = session.WorkTree.LoadFiles(loader, selected);

        var index = loaded.Index;
        var report = new HashSet<string>(changedPaths, StringComparer.Ordinal);
        var scope = new HashSet<string>(edit.Families, StringComparer.Ordinal);
        foreach (var result in loaded.FileResults)
        {
            var path = result.File.Path;
            if (changedPaths.Contains(path) && MisnamedFiles.Declared(result) is not null) return null;
            if (result.File.Kind != FileKind.Implementation || !edit.InRegionFolder(path)) continue;
            report.Add(path);
            scope.Add(Path.GetFileNameWithoutExtension(path));
        }
        var codes = changedPaths.Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        if (index.BundleList.Any(b => b.Members.Any(codes.Contains))) return null;
        foreach (var family in edit.Families)
        {
            if (index.Standards.TryGetValue(family, out var standard)) report.Add(standard.Source.File);
        }

        // No changed files are passed: a whole check blames nothing on a change either.
        var fresh = checker.Check(loaded, report.Contains, scope);
        var diagnostics = Merge(stored.Diagnostics.Where(d => !report.Contains(d.File)), fresh.Diagnostics);
        var files = Files(stored.Files, now, report, loaded, fresh);
        return new Outcome(new CheckResult(null, diagnostics, Summary(stored, now.Count, changed, loaded, diagnostics, report, fresh)) { SuppressedByFile = fresh.SuppressedByFile }, files);
    }

    /// <summary>Paths whose content differs between the stored files and now (added, removed, edited), with the stored entry; null past <see cref="MostChangedFiles"/>.</summary>
    private static List<(string Path, StoredFile? Old)>? Changes(IReadOnlyList<StoredFile> old, IReadOnlyList<SourceDigest> now)
    {
        var changed = new List<(string, StoredFile?)>();
        int i = 0, j = 0;
        while (i < old.Count || j < now.Count)
        {
            var c = i == old.Count ? 1 : j == now.Count ? -1 : string.CompareOrdinal(old[i].Path, now[j].Path);
            if (c < 0) changed.Add((old[i].Path, old[i++]));
            else if (c > 0) changed.Add((now[j++].Path, null));
            else
            {
                if (old[i].Content != CacheKey.From(now[j].Digest)) changed.Add((old[i].Path, old[i]));
                i++;
                j++;
            }
            if (changed.Count > MostChangedFiles) return null;
        }
        return changed;
    }

    private static bool NameUsedElsewhere(CrossFileScope edit, HashSet<string> changed, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (edit.HasNameOf(path) && !changed.Contains(path)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when a file of a re-reported region folder shares its name with a file in another folder: a
    /// duplicate code (CAT0016) whose finding needs that other file, which this run would not load.
    /// </summary>
    private static bool FolderNameUsedElsewhere(CrossFileScope edit, IReadOnlyList<SourceDigest> now)
    {
        var inFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, _) in now)
        {
            if (edit.InRegionFolder(path)) inFolders.Add(Path.GetFileName(path));
        }
        foreach (var (path, _) in now)
        {
            if (!edit.InRegionFolder(path) && FileKinds.FromPath(path) == FileKind.Implementation && inFolders.Contains(Path.GetFileName(path))) return true;
        }
        return false;
    }

    /// <summary>Two lists in <see cref="DiagnosticOrder"/> about disjoint files, as one.</summary>
    private static List<Diagnostic> Merge(IEnumerable<Diagnostic> kept, IReadOnlyList<Diagnostic> fresh)
    {
        var merged = new List<Diagnostic>();
        var j = 0;
        foreach (var d in kept)
        {
            while (j < fresh.Count && DiagnosticOrder.Instance.Compare(fresh[j], d) < 0) merged.Add(fresh[j++]);
            merged.Add(d);
        }
        while (j < fresh.Count) merged.Add(fresh[j++]);
        return merged;
    }

    /// <summary>The files of the new result: re-reported files as loaded now, the rest as stored (their content is unchanged).</summary>
    private static StoredFile[] Files(IReadOnlyList<StoredFile> old, IReadOnlyList<SourceDigest> now, HashSet<string> report, LoadedCatalog loaded, CheckResult fresh)
    {
        var loadedByPath = loaded.FileResults.ToDictionary(r => r.File.Path, StringComparer.Ordinal);
        var oldByPath = new Dictionary<string, StoredFile>(old.Count, StringComparer.Ordinal);
        foreach (var f in old) oldByPath[f.Path] = f;
        var files = new StoredFile[now.Count];
        for (var i = 0; i < now.Count; i++)
        {
            var (path, digest) = now[i];
            var content = CacheKey.From(digest);
            files[i] = report.Contains(path) && loadedByPath.TryGetValue(path, out var result)
                ? new StoredFile(path, content, result.File.Readable, MisnamedFiles.Declared(result), fresh.SuppressedByFile.GetValueOrDefault(path))
                : oldByPath[path] with { Content = content };
        }
        return files;
    }

    private static CheckSummary Summary(StoredCheck stored, int fileCount, List<(string Path, StoredFile? Old)> changed, LoadedCatalog loaded, List<Diagnostic> diagnostics,
        HashSet<string> report, CheckResult fresh)
    {
        var s = stored.Summary;
        var nowReadable = loaded.FileResults.Where(r => r.File.Kind == FileKind.Implementation && r.File.Readable).Select(r => r.File.Path).ToHashSet(StringComparer.Ordinal);
        var loadedPaths = loaded.FileResults.Select(r => r.File.Path).ToHashSet(StringComparer.Ordinal);
        var implementations = s.Implementations;
        var implementationFiles = 0;
        foreach (var (path, old) in changed)
        {
            if (old is { Readable: true }) implementations--;
            if (nowReadable.Contains(path)) implementations++;
            implementationFiles += (loadedPaths.Contains(path) ? 1 : 0) - (old is null ? 0 : 1);
        }
        var byKind = new Dictionary<string, int>(s.FilesByKind, StringComparer.Ordinal);
        byKind["implementation"] = byKind.GetValueOrDefault("implementation") + implementationFiles;
        if (byKind["implementation"] == 0) byKind.Remove("implementation");
        var suppressed = s.Suppressed - stored.Files.Where(f => report.Contains(f.Path)).Sum(f => f.Suppressed) + fresh.Summary.Suppressed;
        return new CheckSummary(fileCount, s.StandardItems, implementations, s.RegistryEntries,
            diagnostics.Count(d => d.Severity == Severity.Error), diagnostics.Count(d => d.Severity == Severity.Warning), diagnostics.Count(d => d.Severity == Severity.Info),
            suppressed, s.Rules, byKind) { Coverage = s.Coverage };
    }
}
