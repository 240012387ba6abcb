using CatalogTools.Core.Loading;

namespace CatalogTools.Excel.Import;

/// <summary>
/// Where import's in-memory check gets the parsed files: the files the workbook leaves as they are
/// come from the work tree (read and parsed, or through a parse cache: the CLI passes the
/// content-keyed cache that <c>check</c> uses); the files it changes are parsed from their new bytes.
/// </summary>
public interface IParsedFiles
{
    /// <summary>A loader for files of the work tree as they are on disk; <paramref name="wholeCatalog"/> says every file will be loaded.</summary>
    Func<string, FileLoadResult> WorkTree(FileLoader loader, bool wholeCatalog);

    /// <summary>A file import is about to write, from its new bytes.</summary>
    FileLoadResult FromBytes(string relative, byte[] bytes, FileLoader loader);
}

/// <summary>No cache: every file is read and parsed.</summary>
public sealed class UncachedFiles(CatalogLocation location) : IParsedFiles
{
    public Func<string, FileLoadResult> WorkTree(FileLoader loader, bool wholeCatalog) =>
        relative => loader.Load(relative, File.ReadAllBytes(Path.Combine(location.CatalogRoot, relative)));

    public FileLoadResult FromBytes(string relative, byte[] bytes, FileLoader loader) => loader.Load(relative, bytes);
}
