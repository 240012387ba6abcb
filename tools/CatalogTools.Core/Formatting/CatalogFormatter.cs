using System.Text;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Yaml;

namespace CatalogTools.Core.Formatting;

/// <summary>What fmt found for one file: already canonical, reformatted, or unreadable (left untouched).</summary>
public sealed record FormatOutcome(string Path, bool Readable, bool Changed, string? Canonical)
{
    /// <summary>Readable, but rewriting it would lose comments the reader could not place; left untouched.</summary>
    public bool CommentsWouldBeLost { get; init; }

    /// <summary>Why an unreadable file was not read when it broke a reading limit (CAT0025), else null.</summary>
    public Diagnostics.Diagnostic? Limit { get; init; }
}

/// <summary>Computes the canonical text of catalog files; writes are atomic (temp file, then rename).</summary>
public sealed class CatalogFormatter(CatalogLocation location)
{
    private readonly CanonicalYamlWriter _writer = new(new SchemaKeyOrder(location.SchemasDirectory));

    public static readonly UTF8Encoding Utf8NoBom = new(false);

    public FormatOutcome Format(string relativePath) => Format(relativePath, File.ReadAllBytes(Path.Combine(location.CatalogRoot, relativePath)));

    public FormatOutcome Format(string relativePath, byte[] bytes)
    {
        var read = YamlDocumentReader.Read(bytes);
        if (!read.IsReadable || read.Root is null || read.Problems.Count > 0)
        {
            var limit = read.Problems.FirstOrDefault(p => p.Kind == YamlProblemKind.Limit);
            return new FormatOutcome(relativePath, false, false, null) { Limit = limit is null ? null : FileLoader.Diagnose(relativePath, limit) };
        }
        if (read.CommentsDetached) return new FormatOutcome(relativePath, true, false, null) { CommentsWouldBeLost = true };
        var canonical = _writer.Write(FileKinds.FromPath(relativePath), read.Root);
        var changed = !bytes.AsSpan().SequenceEqual(Utf8NoBom.GetBytes(canonical));
        return new FormatOutcome(relativePath, true, changed, canonical);
    }

    /// <summary>The canonical text of a tree, for commands that write YAML (import, generate).</summary>
    public string Render(FileKind kind, YNode root) => _writer.Write(kind, root);

    public static void WriteAtomically(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp-" + Environment.ProcessId;
        File.WriteAllText(temp, text, Utf8NoBom);
        File.Move(temp, path, overwrite: true);
    }
}
