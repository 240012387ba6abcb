using System.Text;
using CatalogTools.Core.Text;

namespace CatalogTools.Caching;

/// <summary>
/// Reads strings that repeat across thousands of cached files (field keys, time units, codes of
/// regions and agencies) as one shared instance, without allocating when the string is known.
/// string.Intern did the same but takes a global lock, which dominated a warm load.
/// </summary>
internal static class StringPool
{
    /// <summary>Reads a string written by <see cref="BinaryWriter.Write(string)"/> and returns the pooled instance.</summary>
    public static string Read(BinaryReader r)
    {
        var byteCount = r.Read7BitEncodedInt();
        if (byteCount > 256) return Encoding.UTF8.GetString(r.ReadBytes(byteCount));
        Span<byte> bytes = stackalloc byte[byteCount];
        r.BaseStream.ReadExactly(bytes);
        Span<char> chars = stackalloc char[byteCount];
        var length = Encoding.UTF8.GetChars(bytes, chars);
        // The pool parsing uses too, so a cached item and a parsed one share their strings.
        return SharedStrings.Of(chars[..length]);
    }
}
