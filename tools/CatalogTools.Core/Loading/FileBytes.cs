using System.Runtime.InteropServices;

namespace CatalogTools.Core.Loading;

/// <summary>
/// Reads a whole catalog file into a buffer the calling thread reuses, for the loaders that parse it at
/// once and keep nothing of the bytes. On Linux through libc (open, read, close): .NET's File.ReadAllBytes
/// also takes an advisory flock on every file it opens (its FileShare emulation), stats it twice and
/// allocates a fresh array; over the 101,006 files of a 10^5 province that is 3 × 10^5 more system calls
/// and 100 MB of garbage. The flock guards nothing here: our writers replace catalog files by rename and
/// lock a file of their own (Writing/WriteLock), never a catalog file.
/// Elsewhere, and for anything open/read refuses (missing, not allowed, a folder), it is File.ReadAllBytes,
/// so callers see the same bytes and the same exceptions.
/// </summary>
public static class FileBytes
{
    private const string Libc = "libc.so.6";
    private const int ReadOnlyCloseOnExec = 0x80000; // O_RDONLY | O_CLOEXEC (the same value on x64 and arm64)
    private const int Interrupted = 4; // EINTR
    private const int KeptBufferBytes = 1 << 20; // a larger file gets an array of its own, not kept by the thread

    private static bool _libcWorks = OperatingSystem.IsLinux();

    [ThreadStatic]
    private static byte[]? _buffer;

    // Paths go as NUL-terminated UTF-8 the caller encodes on the stack (no marshalling allocation per file).
    [DllImport(Libc, EntryPoint = "open", SetLastError = true)]
    private static extern int Open(ref byte path, int flags);

    [DllImport(Libc, EntryPoint = "read", SetLastError = true)]
    private static extern nint Read(int fd, ref byte buffer, nint count);

    [DllImport(Libc, EntryPoint = "close")]
    private static extern int Close(int fd);

    /// <summary>
    /// The file's bytes, valid until this thread reads the next file: parse them before reading another,
    /// keep nothing that points into them.
    /// </summary>
    public static ReadOnlySpan<byte> ReadReused(string path)
    {
        if (!_libcWorks || path.Contains('\0')) return File.ReadAllBytes(path);
        int fd;
        try
        {
            Span<byte> name = path.Length < 512 ? stackalloc byte[1537] : new byte[path.Length * 3 + 1];
            var length = System.Text.Encoding.UTF8.GetBytes(path, name);
            name[length] = 0;
            fd = Open(ref MemoryMarshal.GetReference(name), ReadOnlyCloseOnExec);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _libcWorks = false;
            return File.ReadAllBytes(path);
        }
        // Missing, not allowed...: .NET says so in its own words.
        if (fd < 0) return File.ReadAllBytes(path);
        int done;
        byte[] bytes;
        try
        {
            (bytes, done) = ReadToEnd(fd);
        }
        finally
        {
            Close(fd);
        }
        // A folder or a failed read: .NET's exception, or its bytes.
        return done < 0 ? File.ReadAllBytes(path) : bytes.AsSpan(0, done);
    }

    /// <summary>Reads an open file to its end into the thread's buffer (grown as needed); the count is -1 when a read fails.</summary>
    private static (byte[] Bytes, int Count) ReadToEnd(int fd)
    {
        var buffer = _buffer ??= new byte[64 * 1024];
        var done = 0;
        while (true)
        {
            if (done == buffer.Length)
            {
                if (buffer.Length >= Array.MaxLength / 2) return (buffer, -1);
                var larger = GC.AllocateUninitializedArray<byte>(buffer.Length * 2);
                buffer.AsSpan(0, done).CopyTo(larger);
                buffer = larger;
                if (buffer.Length <= KeptBufferBytes) _buffer = buffer;
            }
            var read = Read(fd, ref buffer[done], buffer.Length - done);
            if (read > 0) done += (int)read;
            else if (read == 0) return (buffer, done);
            else if (Marshal.GetLastPInvokeError() != Interrupted) return (buffer, -1);
        }
    }
}
