using System.Text;

namespace CatalogTools.Tests.Shared;

/// <summary>
/// A throw-away copy of the sample catalog (with schemas/ beside it, as in the repository) for
/// tests that plant one defect. Deleted on dispose.
/// </summary>
public sealed class TempCatalog : IDisposable
{
    private TempCatalog(string root)
    {
        Root = root;
        CatalogDir = Path.Combine(root, "catalog");
    }

    /// <summary>The temporary folder holding catalog/ and schemas/.</summary>
    public string Root { get; }

    /// <summary>The catalog folder (pass it as --catalog).</summary>
    public string CatalogDir { get; }

    public static TempCatalog CopyOfSample() => CopyOf(RepoPaths.SampleCatalog);

    public static TempCatalog CopyOf(string catalogDirectory)
    {
        var root = Path.Combine(Path.GetTempPath(), "catalog-test-" + Guid.NewGuid().ToString("N")[..12]);
        CopyDirectory(catalogDirectory, Path.Combine(root, "catalog"));
        CopyDirectory(RepoPaths.Schemas, Path.Combine(root, "schemas"));
        return new TempCatalog(root);
    }

    /// <summary>An empty catalog folder with schemas beside it; tests write the files they need.</summary>
    public static TempCatalog Empty()
    {
        var root = Path.Combine(Path.GetTempPath(), "catalog-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(root, "catalog"));
        CopyDirectory(RepoPaths.Schemas, Path.Combine(root, "schemas"));
        return new TempCatalog(root);
    }

    public string PathOf(string relative) => Path.Combine(CatalogDir, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative), Encoding.UTF8);

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text, new UTF8Encoding(false));
    }

    public void WriteBytes(string relative, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllBytes(PathOf(relative), bytes);
    }

    /// <summary>Replaces exactly one occurrence of <paramref name="from"/>; fails loudly when it is not there once.</summary>
    public void Replace(string relative, string from, string to)
    {
        var text = Read(relative);
        var first = text.IndexOf(from, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(from, first + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"'{from}' must occur exactly once in {relative}");
        }
        Write(relative, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>1-based line of the first line containing <paramref name="text"/>.</summary>
    public int LineOf(string relative, string text)
    {
        var lines = Read(relative).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(text, StringComparison.Ordinal)) return i + 1;
        }
        throw new InvalidOperationException($"'{text}' not in {relative}");
    }

    public void Delete(string relative) => File.Delete(PathOf(relative));

    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj" || p.StartsWith('.'))) continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A reader still holding a file must not fail the test; the temp folder is cleaned by the OS.
        }
    }
}
