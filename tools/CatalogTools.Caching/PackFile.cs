using System.IO.MemoryMappedFiles;

namespace CatalogTools.Caching;

/// <summary>
/// The parse pack's bytes, mapped from the file instead of read into an array: a run that needs a
/// thousand entries of a 100 MB pack touches only their pages and the table's (<see cref="PackIndex"/>), where copying the
/// whole file into fresh memory cost about half a second on this kind of machine (page faults).
/// An empty pack stands for a missing or unreadable file.
/// </summary>
internal sealed class PackFile : IDisposable
{
    private readonly MemoryMappedFile? _map;
    private readonly MemoryMappedViewAccessor? _view;

    private PackFile(MemoryMappedFile? map, MemoryMappedViewAccessor? view, long length)
    {
        _map = map;
        _view = view;
        Length = length;
    }

    public static readonly PackFile Empty = new(null, null, 0);

    public long Length { get; }

    public static PackFile Open(string path)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length == 0) return Empty;
            var map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
            return new PackFile(map, map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read), length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Empty;
        }
    }

    /// <summary>A read-only stream over <paramref name="length"/> bytes at <paramref name="offset"/>.</summary>
    public Stream Slice(long offset, long length) =>
        _view is null ? Stream.Null : new UnmanagedMemoryStream(_view.SafeMemoryMappedViewHandle, offset, length, FileAccess.Read);

    /// <summary>Fills <paramref name="destination"/> from <paramref name="offset"/> (which the caller keeps inside the pack).</summary>
    public void Read(long offset, Span<byte> destination) => _view?.SafeMemoryMappedViewHandle.ReadSpan((ulong)offset, destination);

    public void CopyTo(BinaryWriter destination, long offset, int length, ref byte[] buffer)
    {
        if (_view is null) return;
        if (buffer.Length < length) buffer = new byte[Math.Max(length, buffer.Length * 2)];
        _view.SafeMemoryMappedViewHandle.ReadSpan((ulong)offset, buffer.AsSpan(0, length));
        destination.Write(buffer, 0, length);
    }

    public void Dispose()
    {
        _view?.Dispose();
        _map?.Dispose();
    }
}
