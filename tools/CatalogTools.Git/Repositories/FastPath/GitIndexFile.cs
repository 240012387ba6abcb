using System.Buffers.Binary;
using System.Text;

namespace CatalogTools.Git.Repositories;

/// <summary>
/// git's index file (<c>.git/index</c>, versions 2 and 3) read as git writes it: each entry's path,
/// stat data, blob id and flags, and the cache tree (the <c>TREE</c> extension: the tree id of every
/// folder whose entries are unchanged since the last commit or checkout). No checksum, no hash map:
/// <see cref="IndexStatus"/> walks the entries once. Null for what it does not read (version 4's
/// compressed paths, a split or sparse index), so the caller asks libgit2 instead.
/// </summary>
internal sealed class GitIndexFile
{
    private const ushort ExtendedFlag = 0x4000;
    private const ushort AssumeValidFlag = 0x8000;
    private const ushort SkipWorkTreeFlag = 0x4000;
    private const ushort IntentToAddFlag = 0x2000;

    private GitIndexFile(byte[] bytes, List<Entry> entries, TreeNode? cacheTree)
    {
        Bytes = bytes;
        Entries = entries;
        CacheTree = cacheTree;
    }

    /// <summary>The file's bytes: entries point into them (paths, blob ids).</summary>
    public byte[] Bytes { get; }

    public List<Entry> Entries { get; }

    /// <summary>The root of the cache tree; null when the index has none.</summary>
    public TreeNode? CacheTree { get; }

    /// <summary>One entry: where its path and blob id are in <see cref="Bytes"/>, and git's stat data (32-bit, as git stores it).</summary>
    public readonly record struct Entry(int PathStart, int PathLength, int IdStart, uint CtimeSeconds, uint CtimeNanoseconds, uint MtimeSeconds, uint MtimeNanoseconds,
        uint Inode, uint Mode, uint Size, int Stage, bool AssumeUnchanged, bool IntentToAdd);

    /// <summary>A folder of the cache tree: its tree id when valid (null when an entry under it changed since).</summary>
    public sealed record TreeNode(string Name, byte[]? TreeId, List<TreeNode> Children);

    public ReadOnlySpan<byte> PathOf(in Entry entry) => Bytes.AsSpan(entry.PathStart, entry.PathLength);

    public ReadOnlySpan<byte> IdOf(in Entry entry) => Bytes.AsSpan(entry.IdStart, 20);

    /// <summary>The index at <paramref name="path"/>, or null when it is missing or in a form this reader leaves to libgit2.</summary>
    public static GitIndexFile? Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        try
        {
            return Parse(bytes);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or FormatException)
        {
            return null;
        }
    }

    private static GitIndexFile? Parse(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.Length < 32 || !span[..4].SequenceEqual("DIRC"u8)) return null;
        var version = BinaryPrimitives.ReadUInt32BigEndian(span[4..]);
        if (version is not (2 or 3)) return null;
        var count = (int)BinaryPrimitives.ReadUInt32BigEndian(span[8..]);
        var entries = new List<Entry>(count);
        var at = 12;
        for (var i = 0; i < count; i++)
        {
            var e = span[at..];
            var flags = BinaryPrimitives.ReadUInt16BigEndian(e[60..]);
            var extended = (flags & ExtendedFlag) != 0;
            if (extended && version < 3) return null;
            var extendedFlags = extended ? BinaryPrimitives.ReadUInt16BigEndian(e[62..]) : (ushort)0;
            var pathStart = at + (extended ? 64 : 62);
            var pathLength = flags & 0xFFF;
            if (pathLength == 0xFFF) pathLength = span[pathStart..].IndexOf((byte)0);
            entries.Add(new Entry(pathStart, pathLength, at + 40,
                Word(e, 0), Word(e, 4), Word(e, 8), Word(e, 12), Word(e, 20), Word(e, 24), Word(e, 36),
                (flags >> 12) & 3, (flags & AssumeValidFlag) != 0 || (extendedFlags & SkipWorkTreeFlag) != 0, (extendedFlags & IntentToAddFlag) != 0));
            // 1 to 8 NUL bytes pad each entry to a multiple of eight.
            var length = (extended ? 64 : 62) + pathLength;
            at += (length + 8) & ~7;
        }
        TreeNode? cacheTree = null;
        var end = span.Length - 20;
        while (at + 8 <= end)
        {
            var signature = span.Slice(at, 4);
            var size = (int)BinaryPrimitives.ReadUInt32BigEndian(span[(at + 4)..]);
            var data = span.Slice(at + 8, size);
            if (signature.SequenceEqual("TREE"u8))
            {
                var position = 0;
                if (data.Length > 0) cacheTree = ReadNode(data, ref position);
            }
            // A split index ("link") keeps entries elsewhere; a sparse index ("sdir") folds folders into one entry.
            else if (signature.SequenceEqual("link"u8) || signature.SequenceEqual("sdir"u8)) return null;
            at += 8 + size;
        }
        return new GitIndexFile(bytes, entries, cacheTree);
    }

    private static uint Word(ReadOnlySpan<byte> entry, int offset) => BinaryPrimitives.ReadUInt32BigEndian(entry[offset..]);

    /// <summary>One cache-tree node: "name\0count subtrees\n" then the tree id when count ≥ 0, then its subtrees.</summary>
    private static TreeNode ReadNode(ReadOnlySpan<byte> data, ref int position)
    {
        var nul = data[position..].IndexOf((byte)0);
        var name = Encoding.UTF8.GetString(data.Slice(position, nul));
        position += nul + 1;
        var space = data[position..].IndexOf((byte)' ');
        var entryCount = int.Parse(Encoding.ASCII.GetString(data.Slice(position, space)));
        position += space + 1;
        var newline = data[position..].IndexOf((byte)'\n');
        var subtrees = int.Parse(Encoding.ASCII.GetString(data.Slice(position, newline)));
        position += newline + 1;
        byte[]? id = null;
        if (entryCount >= 0)
        {
            id = data.Slice(position, 20).ToArray();
            position += 20;
        }
        var children = new List<TreeNode>(subtrees);
        for (var i = 0; i < subtrees; i++) children.Add(ReadNode(data, ref position));
        return new TreeNode(name, id, children);
    }
}
