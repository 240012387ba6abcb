using System.Security.Cryptography;
using System.Text;

namespace CatalogTools.Core.Writing;

/// <summary>
/// The framing shared by the journals: tab-separated lines, the first naming the format, the last
/// <c>end&lt;TAB&gt;SHA-256 of every byte before it</c>. A journal cut short or damaged (a torn
/// write after a power cut) fails that check and counts as never written. Written to a temporary
/// name, flushed, renamed into place and its folder flushed, so it is either complete or absent.
/// </summary>
internal static class JournalText
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>True when a value can go into a journal line (no tab, no line break).</summary>
    public static bool Fits(string value) => value.AsSpan().IndexOfAny('\t', '\n', '\r') < 0;

    public static void Write(string path, string format, IEnumerable<string[]> lines)
    {
        var body = new StringBuilder(format).Append('\n');
        foreach (var line in lines) body.AppendJoin('\t', line).Append('\n');
        var bytes = Utf8.GetBytes(body.ToString());
        var sealedBytes = bytes.Concat(Utf8.GetBytes("end\t" + Convert.ToHexStringLower(SHA256.HashData(bytes)) + "\n")).ToArray();
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(sealedBytes);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
        Durable.Flush(Path.GetDirectoryName(path)!);
    }

    /// <summary>The lines between the format line and the checksum, split at tabs; null when absent, of another format, incomplete or damaged.</summary>
    public static List<string[]>? Read(string path, string format)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        var text = Utf8.GetString(bytes);
        var end = text.LastIndexOf("end\t", StringComparison.Ordinal);
        if (end < 0 || (end > 0 && text[end - 1] != '\n')) return null;
        var sum = text[(end + 4)..].TrimEnd('\n');
        var body = Utf8.GetBytes(text[..end]);
        if (sum != Convert.ToHexStringLower(SHA256.HashData(body))) return null;
        var lines = text[..end].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0 || lines[0] != format) return null;
        return lines.Skip(1).Select(l => l.Split('\t')).ToList();
    }

    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Sha256OfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
