using System.IO.MemoryMappedFiles;

namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// A file's bytes through a read-only memory map. An update reads three manifests of 35–50 MB:
/// copying them into new arrays cost more than anything else it did, because every fresh page of
/// memory is a page fault (tens of microseconds each on a virtual machine), while the file's pages
/// are already in the page cache and are mapped sixteen at a time.
/// </summary>
internal sealed unsafe class MappedFile : IDisposable
{
    private readonly MemoryMappedFile? _map;
    private readonly MemoryMappedViewAccessor? _view;
    private readonly byte* _start;

    private MappedFile(string path)
    {
        Length = checked((int)new FileInfo(path).Length);
        if (Length == 0) return;
        _map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        _view = _map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* start = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        _start = start + _view.PointerOffset;
    }

    /// <summary>Maps the file; throws like File.ReadAllBytes when it cannot be read.</summary>
    public static MappedFile Open(string path) => new(path);

    public int Length { get; }

    /// <summary>The bytes; valid until the file is disposed.</summary>
    public ReadOnlySpan<byte> Span => _start is null ? [] : new ReadOnlySpan<byte>(_start, Length);

    public void Dispose()
    {
        if (_view is not null)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
        }
        _map?.Dispose();
    }
}
