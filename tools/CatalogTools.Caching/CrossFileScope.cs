using CatalogTools.Core.Loading;
using CatalogTools.Core.Model;
using CatalogTools.Core.Schema;

namespace CatalogTools.Caching;

/// <summary>
/// Which implementation files a correct check has to look at beside some changed or named files,
/// by how the rules pair files across the catalog — the one place that knows it, for
/// <see cref="NamedScope"/> (`check FILE...`) and <see cref="IncrementalCheck"/> (a warm check after
/// an edit). What pairs, and how a path finds it:
/// <list type="bullet">
/// <item>CAT0033 same name, different code within a region: the implementation's <b>region folder</b>
/// (the folder it is in, and folders named after the region its content declares);</item>
/// <item>CAT0016 duplicate code: files of the <b>same name</b> (its own, and its declared code's);</item>
/// <item>a standard (CAT0031 divergence summary, CAT0033 among standards): its <b>family</b>, the
/// implementations whose file name begins with "CODE-";</item>
/// <item>a 一件事: its members by code, the files named after them;</item>
/// <item>every <b>misnamed</b> file (content declares another code, standard or region than its
/// path, see <see cref="MisnamedFiles"/>): paths cannot say what pairs with it.</item>
/// </list>
/// Registries, the policy, the 一件事 and the standards are always read whole; that is the callers'.
/// </summary>
public sealed class CrossFileScope
{
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _regions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _families = new(StringComparer.Ordinal);
    // A family code with a dash in it (a standard file named so) or empty cannot be found by FamilyOf: matched by prefix "CODE-".
    private readonly List<string> _dashedFamilies = [];
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _folderLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _regionLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _familyLookup;

    private CrossFileScope()
    {
        _folderLookup = _folders.GetAlternateLookup<ReadOnlySpan<char>>();
        _regionLookup = _regions.GetAlternateLookup<ReadOnlySpan<char>>();
        _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        _familyLookup = _families.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// What a check reporting <paramref name="named"/> (item and 一件事 files) must see: for an
    /// implementation its region folder and files of its name or code; for a standard its family;
    /// for a 一件事 its members' files; and every misnamed file.
    /// </summary>
    /// <param name="content">What a named file holds now; null when it cannot be read.</param>
    public static CrossFileScope ToReport(IEnumerable<string> named, Func<string, FileLoadResult?> content)
    {
        var scope = new CrossFileScope();
        foreach (var path in named)
        {
            var name = NameOf(path).ToString();
            scope._names.Add(name);
            var kind = FileKinds.FromPath(path);
            var now = content(path);
            if (kind == FileKind.Implementation)
            {
                scope._folders.Add(FolderOf(path).ToString());
                if (now?.Content is Implementation implementation)
                {
                    scope._names.Add(implementation.Code + Path.GetExtension(path));
                    scope._regions.Add(implementation.Region);
                }
            }
            else if (kind == FileKind.ServiceBundle && now?.Content is ServiceBundle bundle)
            {
                // A misnamed member is among every misnamed file.
                foreach (var member in bundle.Members)
                {
                    scope._names.Add(member + ".yaml");
                    scope._names.Add(member + ".yml");
                }
            }
            else if (kind == FileKind.StandardItem)
            {
                scope.AddFamily(Path.GetFileNameWithoutExtension(path));
                if (now?.Content is StandardItem standard) scope.AddFamily(standard.Code);
            }
        }
        return scope;
    }

    /// <summary>
    /// What an edit of well-named implementation files can change, and so what a check must load to
    /// report it again: their region folders (CAT0033 among the region's items) and their standards,
    /// whose divergence summary counts the standard's whole family. Files of the same name are not
    /// added: the caller declines when another file has a changed file's name. Null when a file's name
    /// has no family (no dash): it is misnamed, and paths find nothing for it.
    /// </summary>
    public static CrossFileScope? AfterEdit(IEnumerable<string> implementations)
    {
        var scope = new CrossFileScope();
        foreach (var path in implementations)
        {
            var family = FamilyOf(path);
            if (family.IsEmpty) return null;
            scope._families.Add(family.ToString());
            scope._folders.Add(FolderOf(path).ToString());
            scope._names.Add(NameOf(path).ToString());
        }
        return scope;
    }

    /// <summary>The standards' codes whose implementations (by file-name prefix "CODE-") are in scope.</summary>
    public IReadOnlySet<string> Families => _families;

    /// <summary>True when the file at <paramref name="path"/> has a name in scope (a changed or named file's, its code's, a 一件事 member's).</summary>
    public bool HasNameOf(string path) => _nameLookup.Contains(NameOf(path));

    /// <summary>True when the implementation file at <paramref name="path"/> is in one of the scope's region folders.</summary>
    public bool InRegionFolder(string path) => _folderLookup.Contains(FolderOf(path));

    /// <summary>True when a check of this scope must look at the implementation file at <paramref name="path"/>.</summary>
    /// <param name="misnamed">Its content declares another code, standard or region than its path.</param>
    public bool Takes(string path, bool misnamed) => Takes(FolderOf(path), NameOf(path), misnamed);

    /// <summary>True when a check of this scope must look at implementation file <paramref name="name"/> of <paramref name="folder"/>.</summary>
    public bool Takes(ReadOnlySpan<char> folder, ReadOnlySpan<char> name, bool misnamed) =>
        misnamed || _folderLookup.Contains(folder) || _regionLookup.Contains(LastSegment(folder)) || _nameLookup.Contains(name) || InFamily(name);

    private bool InFamily(ReadOnlySpan<char> name)
    {
        var family = FamilyOfName(name);
        if (!family.IsEmpty && _familyLookup.Contains(family)) return true;
        foreach (var code in _dashedFamilies)
        {
            if (name.Length > code.Length && name[code.Length] == '-' && name.StartsWith(code, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private void AddFamily(string code)
    {
        if (code.Length == 0 || code.Contains('-')) _dashedFamilies.Add(code);
        else _families.Add(code);
    }

    /// <summary>The file name of a catalog-relative path.</summary>
    public static ReadOnlySpan<char> NameOf(string path) => path.AsSpan(path.LastIndexOf('/') + 1);

    /// <summary>The folder of a catalog-relative path ("" at the root): an implementation's region folder.</summary>
    public static ReadOnlySpan<char> FolderOf(string path) => path.AsSpan(0, Math.Max(0, path.LastIndexOf('/')));

    /// <summary>The basic code an implementation file's name begins with (its standard, for a well-named file); empty without a dash.</summary>
    public static ReadOnlySpan<char> FamilyOf(string path) => FamilyOfName(NameOf(path));

    private static ReadOnlySpan<char> FamilyOfName(ReadOnlySpan<char> name)
    {
        var dash = name.IndexOf('-');
        return dash > 0 ? name[..dash] : [];
    }

    private static ReadOnlySpan<char> LastSegment(ReadOnlySpan<char> folder) => folder[(folder.LastIndexOf('/') + 1)..];
}
