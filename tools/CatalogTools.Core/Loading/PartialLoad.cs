using CatalogTools.Core.Schema;

namespace CatalogTools.Core.Loading;

/// <summary>
/// For a change that touches only item files (the usual pull request, or an import from a
/// workbook), the implementation files a changed-only check needs: the changed ones, every implementation of a changed or deleted
/// standard, and files with the same name as a changed one (possible duplicate codes). All
/// standards, registries and the policy are always read. Other implementation files are passed
/// as empty stand-ins (no reading, no parsing), so 20 changed files cost 20 files, not the whole province.
/// An implementation's code begins with its standard's basic code (CAT0006 ties the file name to
/// the code, CAT0015 the code to its parts), so a standard's implementations are found by file name.
/// Returns null when a registry or the policy changed: then every item may be involved and the
/// whole catalog is loaded.
/// </summary>
public static class PartialLoad
{
    public static Func<string, bool>? Selector(IReadOnlySet<string> changed)
    {
        var standards = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in changed)
        {
            var kind = FileKinds.FromPath(path);
            if (kind is FileKind.Policy or FileKind.IntermediaryServices || FileKinds.Registries.Contains(kind)) return null;
            if (kind == FileKind.StandardItem) standards.Add(Path.GetFileNameWithoutExtension(path));
            names.Add(Path.GetFileName(path));
        }
        return path =>
        {
            if (FileKinds.FromPath(path) != FileKind.Implementation || changed.Contains(path)) return true;
            var name = Path.GetFileName(path);
            if (names.Contains(name)) return true;
            var dash = name.IndexOf('-');
            return dash > 0 && standards.Contains(name[..dash]);
        };
    }

    /// <summary>A loader that reads the selected files (through <paramref name="load"/>) and stands in for the rest.</summary>
    public static Func<string, FileLoadResult> Loader(Func<string, bool> selected, Func<string, FileLoadResult> load) =>
        path => selected(path)
            ? load(path)
            : new FileLoadResult(new CatalogFile(path, FileKinds.FromPath(path), Path.GetFileNameWithoutExtension(path), 0, [], Readable: true), null, []);
}
