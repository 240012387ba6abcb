using CatalogTools.Core.Loading;
using CatalogTools.Core.Model;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Sources;

namespace CatalogTools.Git.Diff;

/// <summary>
/// The new side of a diff, read only as far as <see cref="CatalogDiffer.Compare"/> looks at it: the
/// changed files, and for the items in them (old and new) what the comparison resolves against the
/// new catalog — the standard whose name an unnamed implementation shows, the file an implementation
/// code only the old side has would be in now, the members of a changed 一件事 and every 一件事 file,
/// the implementations of a changed standard, and the region registry for region names. Everything
/// else stays unread, so 20 changed files cost 20 files and their standards, not the province.
/// <para>
/// Files are found by the catalog's layout (docs/format.md): a standard in <c>standards/CODE.yaml</c>
/// (all standards are read when one a changed implementation names is not there), an implementation
/// in <c>implementations/REGION/CODE.yaml</c>, and a standard's implementations by their file names,
/// which begin with its code (as <see cref="PartialLoad"/> finds them for a changed-only check).
/// What that layout cannot show is an unchanged file that breaks it (CAT0006, CAT0015): a misnamed
/// duplicate of a changed code, or an implementation whose file name does not begin with its standard's code.
/// </para>
/// </summary>
public static class DiffNewSide
{
    private const string RegionsPath = "registries/regions.yaml";

    /// <param name="before">The changed files' results at the base (what the old side holds).</param>
    public static LoadedCatalog Load(ICatalogSource current, CatalogLoader loader, CatalogChanges changes, IReadOnlyDictionary<string, FileLoadResult> before)
    {
        var read = current.Reader(new FileLoader(loader.Schemas), wholeCatalog: false);
        var results = new SortedDictionary<string, FileLoadResult>(StringComparer.Ordinal);
        // A changed file that cannot be read is reported as unreadable, as the whole catalog reports it.
        LoadInto(results, changes.Files.Where(f => f.Change != FileChangeKind.Removed).Select(f => f.Path), loader, read, dropAbsent: false);
        if (changes.Files.Any(f => IsItem(f.Kind))) LoadInto(results, [RegionsPath], loader, read);

        var needs = new Needs();
        foreach (var file in changes.Files)
        {
            if (!IsItem(file.Kind)) continue;
            if (before.TryGetValue(file.Path, out var old)) needs.Add(old.Content);
            if (results.TryGetValue(file.Path, out var now)) needs.Add(now.Content);
        }
        var listing = needs.StandardsChanged.Count > 0 || needs.BundleChanged ? current.Files() : null;
        LoadInto(results, needs.Files(listing), loader, read);

        var found = results.Values.Select(r => r.Content).OfType<StandardItem>().Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        if (needs.Standards.Any(code => !found.Contains(code)))
        {
            // A named standard is not in its own file: read them all, as the whole catalog would.
            listing ??= current.Files();
            LoadInto(results, listing.Where(p => FileKinds.FromPath(p) == FileKind.StandardItem), loader, read);
        }
        return loader.Build(results.Values.ToList());
    }

    private static bool IsItem(FileKind kind) => kind is FileKind.StandardItem or FileKind.Implementation or FileKind.ServiceBundle;

    /// <summary>
    /// Reads the paths not read yet. With <paramref name="dropAbsent"/> a path that cannot be read is
    /// left out: a guessed path that is not there (nor is it in the whole catalog), or one the whole
    /// catalog could not read either (then it defines nothing there too).
    /// </summary>
    private static void LoadInto(SortedDictionary<string, FileLoadResult> results, IEnumerable<string> paths, CatalogLoader loader, Func<string, FileLoadResult> read, bool dropAbsent = true)
    {
        var todo = paths.Where(p => !results.ContainsKey(p)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (todo.Count == 0) return;
        var absent = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var loaded = loader.Load(todo, path =>
        {
            if (!dropAbsent) return read(path);
            try
            {
                return read(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                absent[path] = true;
                return new FileLoadResult(new CatalogFile(path, FileKinds.FromPath(path), null, 0, [], Readable: false), null, []);
            }
        });
        foreach (var result in loaded.FileResults)
        {
            if (!absent.ContainsKey(result.File.Path)) results[result.File.Path] = result;
        }
    }

    /// <summary>What the changed items make the comparison look up in the new catalog.</summary>
    private sealed class Needs
    {
        public HashSet<string> Standards { get; } = new(StringComparer.Ordinal);
        public HashSet<string> StandardsChanged { get; } = new(StringComparer.Ordinal);
        public bool BundleChanged { get; private set; }
        private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
        private readonly HashSet<string> _memberCodes = new(StringComparer.Ordinal);

        public void Add(object? item)
        {
            switch (item)
            {
                case Implementation i:
                    // Its region now (another file may hold the code), and the standard whose name it shows when it has none.
                    _paths.Add($"implementations/{i.Region}/{i.Code}.yaml");
                    if (string.IsNullOrEmpty(i.Own.Name) && i.StandardCode.Length > 0)
                    {
                        Standards.Add(i.StandardCode);
                        _paths.Add($"standards/{i.StandardCode}.yaml");
                    }
                    break;
                case StandardItem s:
                    StandardsChanged.Add(s.Code);
                    break;
                case ServiceBundle b:
                    BundleChanged = true;
                    foreach (var member in b.Members) _memberCodes.Add(member);
                    break;
            }
        }

        /// <summary>The files to read, given the source's listing when a standard or 一件事 changed.</summary>
        public IEnumerable<string> Files(IReadOnlyList<string>? listing)
        {
            if (listing is null) return _paths;
            var files = new List<string>(_paths);
            foreach (var path in listing)
            {
                var kind = FileKinds.FromPath(path);
                if (kind == FileKind.ServiceBundle) files.Add(path);
                if (kind != FileKind.Implementation) continue;
                var name = Path.GetFileNameWithoutExtension(path);
                var dash = name.IndexOf('-');
                if ((dash > 0 && StandardsChanged.Contains(name[..dash])) || _memberCodes.Contains(name)) files.Add(path);
            }
            return files;
        }
    }
}
