using Microsoft.Win32.SafeHandles;

namespace CatalogTools.Caching;

/// <summary>
/// A file of bytes this run appends from several threads and reads back, unlinked as soon as it is opened so that
/// nothing is left behind, even by a killed run. The parse cache keeps the entries a run encodes here rather than in
/// memory: a first check of 10^6 files met about 0.9 GB of them.
/// </summary>
internal sealed class ScratchFile : IDisposable
{
    private readonly SafeFileHandle _handle;
    private readonly System.Threading.Lock _lock = new();
    private long _length;

    private ScratchFile(SafeFileHandle handle) => _handle = handle;

    /// <summary>A new scratch file in <paramref name="folder"/>; null when it cannot be made there (read-only or full disk).</summary>
    public static ScratchFile? TryCreate(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"scratch-{Environment.ProcessId}-{Guid.NewGuid():N}");
            var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            File.Delete(path);
            return new ScratchFile(handle);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Appends <paramref name="bytes"/> and returns where they start; throws IOException when the disk is full.</summary>
    public long Append(ReadOnlySpan<byte> bytes)
    {
        long at;
        lock (_lock)
        {
            at = _length;
            _length += bytes.Length;
        }
        RandomAccess.Write(_handle, bytes, at);
        return at;
    }

    /// <summary>Fills <paramref name="destination"/> from <paramref name="offset"/>.</summary>
    public void Read(long offset, Span<byte> destination)
    {
        while (!destination.IsEmpty)
        {
            var read = RandomAccess.Read(_handle, destination, offset);
            if (read == 0) throw new EndOfStreamException();
            destination = destination[read..];
            offset += read;
        }
    }

    public void Dispose() => _handle.Dispose();
}
