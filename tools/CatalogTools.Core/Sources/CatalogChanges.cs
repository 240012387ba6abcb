using CatalogTools.Core.Loading;
using CatalogTools.Core.Schema;

namespace CatalogTools.Core.Sources;

/// <summary>How a file differs from the version a change was asked against.</summary>
public enum FileChangeKind
{
    Added,
    Modified,
    Removed,
}

/// <summary>One changed catalog file: its path (catalog-relative, '/'), how it changed, its kind and — for item files — the code its name gives.</summary>
public sealed record ChangedFile(string Path, FileChangeKind Change, FileKind Kind, string? Code);

/// <summary>
/// The answer to "what changed since X" (<see cref="ICatalogSource.ChangesSince"/>): the catalog files
/// added, modified or removed between a base version and a source, in path order. Changed-only checks,
/// diff and incremental publish all start from this value; none of them computes a changed set itself.
/// </summary>
public sealed class CatalogChanges
{
    private readonly Func<string, byte[]?> _readBefore;

    /// <param name="readBefore">A changed file's bytes at the base (null when it was not there, or the base keeps no contents).</param>
    public CatalogChanges(ChangeBase since, IReadOnlyList<ChangedFile> files, bool workTreeDirty, Func<string, byte[]?> readBefore, IReadOnlyList<SourceDigest>? currentDigests = null)
    {
        Since = since;
        Files = files;
        Paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        WorkTreeDirty = workTreeDirty;
        _readBefore = readBefore;
        CurrentDigests = currentDigests;
    }

    /// <summary>The base this answer was asked against.</summary>
    public ChangeBase Since { get; }

    /// <summary>Every changed file, in path order (a renamed file is its old path removed and its new path added).</summary>
    public IReadOnlyList<ChangedFile> Files { get; }

    /// <summary>The paths of <see cref="Files"/>.</summary>
    public IReadOnlySet<string> Paths { get; }

    /// <summary>True when the work tree differs from its own HEAD (edits not yet committed are among the changes).</summary>
    public bool WorkTreeDirty { get; }

    /// <summary>Against recorded digests: the source's digests they were compared with, in path order (what a publish records next).</summary>
    public IReadOnlyList<SourceDigest>? CurrentDigests { get; }

    /// <summary>A changed file's bytes at the base; null when it did not exist there or the base keeps only digests.</summary>
    public byte[]? ReadBefore(string path) => _readBefore(path);

    /// <summary>Catalog files only: YAML outside dot-folders (what the loader reads).</summary>
    public static bool IsCatalogFile(string relative) =>
        (relative.EndsWith(".yaml", StringComparison.Ordinal) || relative.EndsWith(".yml", StringComparison.Ordinal))
        && !relative.Split('/').Any(p => p.StartsWith('.'));

    /// <summary>A changed file's entry: its kind from the path, and the code an item file's name gives.</summary>
    public static ChangedFile Describe(string path, FileChangeKind change)
    {
        var kind = FileKinds.FromPath(path);
        var code = kind is FileKind.StandardItem or FileKind.Implementation or FileKind.ServiceBundle ? System.IO.Path.GetFileNameWithoutExtension(path) : null;
        return new ChangedFile(path, change, kind, code);
    }

    /// <summary>Paths whose digest differs, or that exist on one side only (both lists in path order).</summary>
    public static CatalogChanges BetweenDigests(ChangeBase since, IReadOnlyList<SourceDigest> before, IReadOnlyList<SourceDigest> now)
    {
        var files = new List<ChangedFile>();
        int i = 0, j = 0;
        while (i < before.Count || j < now.Count)
        {
            var order = i == before.Count ? 1 : j == now.Count ? -1 : string.CompareOrdinal(before[i].Path, now[j].Path);
            if (order < 0) files.Add(Describe(before[i++].Path, FileChangeKind.Removed));
            else if (order > 0) files.Add(Describe(now[j++].Path, FileChangeKind.Added));
            else
            {
                if (before[i].Digest != now[j].Digest) files.Add(Describe(now[j].Path, FileChangeKind.Modified));
                i++;
                j++;
            }
        }
        return new CatalogChanges(since, files, workTreeDirty: false, _ => null, now);
    }
}
