using System.IO.Enumeration;
using CatalogTools.Core.Codes;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Core.Progress;
using CatalogTools.Core.Schema;

namespace CatalogTools.Core.Loading;

/// <summary>The loaded catalog: the frozen index, every file's own diagnostics, and each file's result.</summary>
public sealed record LoadedCatalog(CatalogIndex Index, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<FileLoadResult> FileResults);

/// <summary>
/// Loads every YAML file of a catalog in parallel (each file on its own, see <see cref="FileLoader"/>)
/// and builds the index. One bad file never stops the others.
/// </summary>
public sealed class CatalogLoader
{
    private readonly CatalogLocation _location;
    private readonly SchemaSet _schemas;
    private readonly CodeScheme _scheme;

    public CatalogLoader(CatalogLocation location)
    {
        _location = location;
        _schemas = SchemaSet.Load(location.SchemasDirectory);
        _scheme = CodeScheme.Load(Path.Combine(location.SchemasDirectory, "code-scheme.json"));
    }

    public SchemaSet Schemas => _schemas;
    public CodeScheme Scheme => _scheme;

    /// <summary>Told how many files are read so far (from the loading threads); the CLI shows it on a terminal.</summary>
    public IProgress<WorkProgress>? Progress { get; init; }
    public CatalogLocation Location => _location;

    /// <summary>Relative paths ('/'-separated, sorted) of every YAML file under the root, skipping hidden folders.</summary>
    /// <remarks>
    /// The top two levels are listed first and every folder below them is walked on the thread pool:
    /// at 10^6 files in 15,840 folders a single walk took 1.6–2.0 s, the same share of each warm verb.
    /// </remarks>
    public static List<string> EnumerateFiles(string root)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var result = new List<string>();
        var folders = new List<string>();
        foreach (var (path, isFolder) in Entries(full, full, recurse: false))
        {
            if (!isFolder) result.Add(path);
            else foreach (var (inner, innerIsFolder) in Entries(full, Path.Combine(full, path), recurse: false)) (innerIsFolder ? folders : result).Add(inner);
        }
        // Each folder's files sorted on its thread and the folders taken in the order of "name/": the
        // concatenation is then in order, and only the few files of the top two levels are merged in.
        folders.Sort((a, b) => string.CompareOrdinal(a + "/", b + "/"));
        var walked = new List<string>[folders.Count];
        Parallel.For(0, folders.Count, i =>
        {
            try
            {
                walked[i] = [.. Entries(full, Path.Combine(full, folders[i]), recurse: true).Where(e => !e.IsFolder).Select(e => e.Path)];
            }
            catch (DirectoryNotFoundException)
            {
                walked[i] = []; // gone since it was listed (a checkout under way), as one walk would have skipped it
            }
            walked[i].Sort(StringComparer.Ordinal);
        });
        result.Sort(StringComparer.Ordinal);
        return Merge(result, walked.SelectMany(part => part), walked.Sum(part => part.Count));
    }

    private static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

    /// <summary>Two sequences sorted by ordinal order, merged into one sorted list.</summary>
    private static List<string> Merge(List<string> few, IEnumerable<string> many, int manyCount)
    {
        var merged = new List<string>(few.Count + manyCount);
        var next = 0;
        foreach (var path in many)
        {
            while (next < few.Count && string.CompareOrdinal(few[next], path) < 0) merged.Add(few[next++]);
            merged.Add(path);
        }
        while (next < few.Count) merged.Add(few[next++]);
        return merged;
    }

    /// <summary>
    /// YAML files and (unless <paramref name="recurse"/>) folders under <paramref name="folder"/>, as paths relative to
    /// <paramref name="root"/>; names starting with '.' are skipped, and so is what cannot be read.
    /// </summary>
    private static FileSystemEnumerable<(string Path, bool IsFolder)> Entries(string root, string folder, bool recurse)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = recurse, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true };
        // Relative paths are cut from the entry's directory and name directly: Path.GetRelativePath and
        // splitting every path to look for hidden parts cost more than the walk itself at 10^5 files.
        // A folder reached through a symbolic link is not entered: git keeps the link, not what it points to, and a
        // link to a folder above it (a/loop -> ..) made the walk go round until the path was too long (minutes).
        return new FileSystemEnumerable<(string, bool)>(folder, (ref FileSystemEntry e) =>
        {
            var directory = e.Directory.Length > root.Length ? e.Directory[(root.Length + 1)..] : [];
            var relative = directory.IsEmpty ? e.FileName.ToString() : string.Concat(directory, "/", e.FileName);
            return (Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/'), e.IsDirectory);
        }, options)
        {
            ShouldRecursePredicate = (ref FileSystemEntry e) => !e.FileName.StartsWith('.') && !IsLink(ref e),
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.FileName.StartsWith('.')
                && ((e.IsDirectory && !recurse && !IsLink(ref e)) || (!e.IsDirectory && (e.FileName.EndsWith(".yaml", StringComparison.Ordinal) || e.FileName.EndsWith(".yml", StringComparison.Ordinal)))),
        };
    }

    /// <summary>Loads the catalog; <paramref name="loadFile"/> lets a cache stand in for reading and parsing.</summary>
    public LoadedCatalog Load(Func<string, FileLoadResult>? loadFile = null)
    {
        var fileLoader = new FileLoader(_schemas);
        return Load(EnumerateFiles(_location.CatalogRoot), loadFile ?? (relative => fileLoader.Load(relative, FileBytes.ReadReused(Path.Combine(_location.CatalogRoot, relative)))));
    }

    /// <summary>
    /// Loads the given files only (relative paths, sorted): the index then holds what they define, as
    /// when a partial publish needs the registries, the standards and a few implementations.
    /// </summary>
    public LoadedCatalog Load(IReadOnlyList<string> files, Func<string, FileLoadResult> loadFile)
    {
        var results = new FileLoadResult[files.Count];
        var read = new ProgressCounter(Progress, WorkStep.ReadingFiles, files.Count).Start();
        Parallel.For(0, files.Count, i =>
        {
            results[i] = SafeLoad(files[i], loadFile);
            read.Increment();
        });
        return Build(results);
    }

    /// <summary>A file that cannot even be read (permissions, vanished) becomes a diagnostic, not a crash.</summary>
    private static FileLoadResult SafeLoad(string relative, Func<string, FileLoadResult> loadFile)
    {
        try
        {
            return loadFile(relative);
        }
        catch (IOException e)
        {
            return Unreadable(relative, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return Unreadable(relative, e.Message);
        }
    }

    private static FileLoadResult Unreadable(string relative, string why) =>
        new(new CatalogFile(relative, FileKinds.FromPath(relative), null, 0, [], Readable: false), null,
            [FileLoader.Make(LoadRules.YamlSyntax, relative, 1, 1, null, ("detail", new MessageText("load.cannotReadTheFile", ("reason", why))))]);

    public LoadedCatalog Build(IReadOnlyList<FileLoadResult> results)
    {
        var diagnostics = new List<Diagnostic>();
        var regions = new Dictionary<string, Region>(StringComparer.Ordinal);
        var agencies = new Dictionary<string, Agency>(StringComparer.Ordinal);
        var laws = new Dictionary<string, Law>(StringComparer.Ordinal);
        var proofs = new Dictionary<string, CancelledProof>(StringComparer.Ordinal);
        var licences = new Dictionary<string, ELicence>(StringComparer.Ordinal);
        var standards = new Dictionary<string, StandardItem>(StringComparer.Ordinal);
        var implementations = new Dictionary<string, Implementation>(StringComparer.Ordinal);
        var intermediaries = new Dictionary<string, IntermediaryService>(StringComparer.Ordinal);
        var bundles = new Dictionary<string, ServiceBundle>(StringComparer.Ordinal);
        var duplicates = new List<DuplicateEntry>();
        Policy? policy = null;

        foreach (var result in results)
        {
            diagnostics.AddRange(result.Diagnostics);
            switch (result.Content)
            {
                case StandardItem s:
                    AddUnique(standards, s.Code, s, s.Source, "standard", duplicates, x => x.Source);
                    break;
                case Implementation impl:
                    AddUnique(implementations, impl.Code, impl, impl.Source, "implementation", duplicates, x => x.Source);
                    break;
                case List<Region> list:
                    foreach (var r in list) AddUnique(regions, r.Code, r, r.Source, "region", duplicates, x => x.Source);
                    break;
                case List<Agency> list:
                    foreach (var a in list) AddUnique(agencies, a.Code, a, a.Source, "agency", duplicates, x => x.Source);
                    break;
                case List<Law> list:
                    foreach (var l in list) AddUnique(laws, l.Title, l, l.Source, "law", duplicates, x => x.Source);
                    break;
                case List<CancelledProof> list:
                    foreach (var p in list) AddUnique(proofs, p.Name, p, p.Source, "proof", duplicates, x => x.Source);
                    break;
                case List<ELicence> list:
                    foreach (var l in list) AddUnique(licences, l.Code, l, l.Source, "licence", duplicates, x => x.Source);
                    break;
                case List<IntermediaryService> list:
                    foreach (var x in list) AddUnique(intermediaries, x.Code, x, x.Source, "intermediary", duplicates, e => e.Source);
                    break;
                case ServiceBundle b:
                    AddUnique(bundles, b.Code, b, b.Source, "bundle", duplicates, x => x.Source);
                    break;
                case Policy p:
                    policy = p;
                    break;
            }
        }
        // A standard code reused as an implementation code (or the reverse) is also a duplicate.
        foreach (var (code, impl) in implementations)
        {
            if (standards.TryGetValue(code, out var s)) duplicates.Add(new DuplicateEntry("implementation", code, s.Source, impl.Source));
        }

        var index = new CatalogIndex(_location.CatalogRoot, results.Select(r => r.File).ToList(), regions, agencies, laws, proofs, licences,
            standards, implementations, duplicates, policy ?? new Policy(), _scheme)
        {
            IntermediaryServices = intermediaries,
            Bundles = bundles,
        };
        return new LoadedCatalog(index, diagnostics, results);
    }

    private static void AddUnique<T>(Dictionary<string, T> map, string code, T value, SourceRef source, string kind, List<DuplicateEntry> duplicates, Func<T, SourceRef> sourceOf)
    {
        if (code.Length == 0) return;
        if (map.TryGetValue(code, out var existing))
        {
            duplicates.Add(new DuplicateEntry(kind, code, sourceOf(existing), source));
            return;
        }
        map[code] = value;
    }
}
