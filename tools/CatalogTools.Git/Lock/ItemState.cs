using System.Security.Cryptography;
using System.Text;
using CatalogTools.Core.Formatting;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Model;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Yaml;

namespace CatalogTools.Git.Lock;

/// <summary>
/// What the lock records of one item file as it is now: its code, where the code is written, the
/// SHA-256 of its canonical form, and whether it is retired. Hash is null when the file cannot be
/// read (check reports why); the lock then keeps what it had.
/// </summary>
public sealed record ItemState(string Code, string File, int Line, int Column, string? Hash, bool Retired)
{
    /// <summary>
    /// The canonical form is the text <c>catalog fmt</c> writes, without comments: re-indenting,
    /// re-ordering keys, re-quoting and editing comments (including # catalog-disable lines) do not
    /// change an item's hash, so they do not raise its version. Only what applicants could see does.
    /// </summary>
    public static string? CanonicalHash(CatalogFormatter formatter, FileKind kind, byte[] bytes, out YNode? root)
    {
        var read = YamlDocumentReader.Read(bytes);
        root = read.Root;
        if (!read.IsReadable || read.Root is null || read.Problems.Count > 0) return null;
        StripComments(read.Root);
        var canonical = formatter.Render(kind, read.Root);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public static ItemState Of(CatalogFormatter formatter, string relative, byte[] bytes)
    {
        var kind = FileKinds.FromPath(relative);
        var hash = CanonicalHash(formatter, kind, bytes, out var root);
        var fallback = Path.GetFileNameWithoutExtension(relative);
        if (hash is null || root is null || root.Kind != YKind.Mapping) return new ItemState(fallback, relative, 1, 1, null, false);
        var codeKey = root.KeyNode("code");
        var code = root.Get("code")?.Value is { Length: > 0 } c ? c : fallback;
        var retired = root.Get("status")?.Value == Vocabulary.Retired;
        return new ItemState(code, relative, codeKey?.Line ?? 1, codeKey?.Column ?? 1, hash, retired);
    }

    /// <summary>Every standard and implementation file of the work tree, read in parallel.</summary>
    public static IReadOnlyList<ItemState> OfWorkTree(CatalogLocation location)
    {
        var formatter = new CatalogFormatter(location);
        var files = CatalogLoader.EnumerateFiles(location.CatalogRoot)
            .Where(f => FileKinds.FromPath(f) is FileKind.StandardItem or FileKind.Implementation).ToList();
        var states = new ItemState[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            byte[] bytes;
            try
            {
                bytes = System.IO.File.ReadAllBytes(Path.Combine(location.CatalogRoot, files[i]));
            }
            catch (IOException)
            {
                states[i] = new ItemState(Path.GetFileNameWithoutExtension(files[i]), files[i], 1, 1, null, false);
                return;
            }
            states[i] = Of(formatter, files[i], bytes);
        });
        return states;
    }

    private static void StripComments(YNode node)
    {
        node.LeadingComments = null;
        node.TrailingComment = null;
        node.EndComments = null;
        foreach (var (key, value) in node.Pairs)
        {
            StripComments(key);
            StripComments(value);
        }
        foreach (var item in node.Items) StripComments(item);
    }
}
