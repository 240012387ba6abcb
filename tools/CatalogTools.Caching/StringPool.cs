using System.Collections.Concurrent;
using System.Text;

namespace CatalogTools.Caching;

/// <summary>
/// Reads strings that repeat across thousands of cached files (field keys, time units, codes of
/// regions and agencies) as one shared instance, without allocating when the string is known.
/// string.Intern did the same but takes a global lock, which dominated a warm load.
/// </summary>
internal static class StringPool
{
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByChars = Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reads a string written by <see cref="BinaryWriter.Write(string)"/> and returns the pooled instance.</summary>
    public static string Read(BinaryReader r)
    {
        var byteCount = r.Read7BitEncodedInt();
        if (byteCount > 256) return Encoding.UTF8.GetString(r.ReadBytes(byteCount));
        Span<byte> bytes = stackalloc byte[byteCount];
        r.BaseStream.ReadExactly(bytes);
        Span<char> chars = stackalloc char[byteCount];
        var length = Encoding.UTF8.GetChars(bytes, chars);
        var text = chars[..length];
        if (ByChars.TryGetValue(text, out var pooled)) return pooled;
        var created = new string(text);
        return Pool.GetOrAdd(created, created);
    }
}
