using System.Security.Cryptography;
using System.Text;
using CatalogTools.Caching;
using CatalogTools.Core.Formatting;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Model;
using CatalogTools.Core.Progress;
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
    /// <summary>Why the file was not read when it broke a reading limit (CAT0025): lock reports it, as check does.</summary>
    public Core.Diagnostics.Diagnostic? Limit { get; init; }

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
        if (hash is null || root is null || root.Kind != YKind.Mapping)
        {
            var limit = hash is null ? YamlDocumentReader.Read(bytes).Problems.FirstOrDefault(p => p.Kind == YamlProblemKind.Limit) : null;
            return new ItemState(fallback, relative, 1, 1, null, false) { Limit = limit is null ? null : FileLoader.Diagnose(relative, limit) with { Item = fallback } };
        }
        var codeKey = root.KeyNode("code");
        var code = root.Get("code")?.Value is { Length: > 0 } c ? c : fallback;
        var retired = root.Get("status")?.Value == Vocabulary.Retired;
        return new ItemState(code, relative, codeKey?.Line ?? 1, codeKey?.Column ?? 1, hash, retired);
    }

    /// <summary>
    /// Every standard, implementation and 一件事 file of the work tree, read in parallel; through a cached
    /// session, a file whose content was seen before (known by stat) is not read nor parsed again.
    /// </summary>
    public static IReadOnlyList<ItemState> OfWorkTree(SourceSession session, IProgress<WorkProgress>? progress = null)
    {
        var location = session.Location;
        var formatter = new CatalogFormatter(location);
        var files = CatalogLoader.EnumerateFiles(location.CatalogRoot)
            .Where(f => FileKinds.FromPath(f) is FileKind.StandardItem or FileKind.Implementation or FileKind.ServiceBundle).ToList();
        var table = session.Table("lock-states");
        var states = new ItemState[files.Count];
        var hashed = new ProgressCounter(progress, WorkStep.HashingItems, files.Count).Start();
        Parallel.For(0, files.Count, i =>
        {
            var relative = files[i];
            try
            {
                states[i] = session.Derive(relative, table, bytes => Of(formatter, relative, bytes), Encode, stored => Decode(relative, stored));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                states[i] = new ItemState(Path.GetFileNameWithoutExtension(relative), relative, 1, 1, null, false);
            }
            hashed.Increment();
        });
        return states;
    }

    /// <summary>Unreadable states (Hash null) are not cached: the file is looked at again next time.</summary>
    private static byte[]? Encode(ItemState state)
    {
        if (state.Hash is null) return null;
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(state.Code);
            w.Write(state.Line);
            w.Write(state.Column);
            w.Write(state.Hash);
            w.Write(state.Retired);
        }
        return buffer.ToArray();
    }

    private static ItemState Decode(string relative, byte[] stored)
    {
        using var r = new BinaryReader(new MemoryStream(stored, writable: false), Encoding.UTF8);
        return new ItemState(r.ReadString(), relative, r.ReadInt32(), r.ReadInt32(), r.ReadString(), r.ReadBoolean());
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
