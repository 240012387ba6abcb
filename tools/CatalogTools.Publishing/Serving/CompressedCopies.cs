using System.Collections.Concurrent;
using System.IO.Compression;

namespace CatalogTools.Publishing.Serving;

/// <summary>
/// Brotli and gzip copies of served files, made once per content (keyed by content hash and
/// encoding) and kept while they fit in a fixed budget; past it, made per request.
/// </summary>
internal sealed class CompressedCopies
{
    private const long Budget = 128L << 20;
    private readonly ConcurrentDictionary<string, byte[]> _copies = new(StringComparer.Ordinal);
    private long _held;

    public byte[] Of(string path, string contentHash, string encoding)
    {
        var key = contentHash + "-" + encoding;
        if (_copies.TryGetValue(key, out var known)) return known;
        var bytes = Compress(File.ReadAllBytes(path), encoding);
        if (Interlocked.Add(ref _held, bytes.Length) <= Budget) _copies.TryAdd(key, bytes);
        else Interlocked.Add(ref _held, -bytes.Length);
        return bytes;
    }

    private static byte[] Compress(byte[] content, string encoding)
    {
        using var output = new MemoryStream(content.Length / 3 + 64);
        using (Stream compressor = encoding == "br" ? new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true) : new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            compressor.Write(content);
        }
        return output.ToArray();
    }
}
