using System.Runtime.InteropServices;

namespace CatalogTools.Caching;

/// <summary>
/// What a file looked like on disk when its content hash was taken: size, modification and
/// status-change times, inode. Like git's index: a file whose stamp is unchanged is taken to hold
/// the same bytes, so a warm run need not read it. The status-change time (ctime) cannot be set by
/// tools that restore old modification times (tar, cp -p), and any write or rename moves it; the
/// same stamp with other bytes needs a same-size rewrite inside one timestamp tick, which
/// <see cref="StatIndex"/>'s racy window guards. On Linux the stamp comes from statx(2); elsewhere
/// .NET offers only size and modification time.
/// </summary>
public readonly record struct FileStamp(long Size, long ModifiedTicks, long ChangedTicks, ulong Inode)
{
    private const int AtCurrentDirectory = -100;
    private const uint BasicStats = 0x7ff;

    [ThreadStatic]
    private static byte[]? _buffer;

    private static bool _statxWorks = OperatingSystem.IsLinux();

    // The path goes as NUL-terminated UTF-8 the caller encodes on the stack (no marshalling allocation per file).
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, ref byte path, int flags, uint mask, byte[] buffer);

    /// <summary>One stat of the file; throws like File.ReadAllBytes when it is missing.</summary>
    public static FileStamp Of(string fullPath)
    {
        if (_statxWorks)
        {
            try
            {
                var b = _buffer ??= new byte[256];
                Span<byte> path = fullPath.Length < 512 ? stackalloc byte[1537] : new byte[fullPath.Length * 3 + 1];
                var length = System.Text.Encoding.UTF8.GetBytes(fullPath, path);
                path[length] = 0;
                if (Statx(AtCurrentDirectory, ref MemoryMarshal.GetReference(path), 0, BasicStats, b) == 0)
                {
                    // struct statx: stx_ino at 32, stx_size at 40, stx_ctime at 96, stx_mtime at 112 ({s64 sec; u32 nsec}).
                    return new FileStamp(BitConverter.ToInt64(b, 40), Ticks(b, 112), Ticks(b, 96), BitConverter.ToUInt64(b, 32));
                }
                var error = Marshal.GetLastPInvokeError();
                if (error is 2 or 20) throw new FileNotFoundException("file not found", fullPath); // ENOENT, ENOTDIR
                if (error == 13) throw new UnauthorizedAccessException(fullPath); // EACCES
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                _statxWorks = false;
            }
        }
        var info = new FileInfo(fullPath);
        return new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks, info.LastWriteTimeUtc.Ticks, 0);
    }

    /// <summary>A statx timestamp as .NET ticks since 0001-01-01 UTC, comparable with DateTime.UtcNow.Ticks.</summary>
    private static long Ticks(byte[] b, int offset) =>
        DateTime.UnixEpoch.Ticks + BitConverter.ToInt64(b, offset) * TimeSpan.TicksPerSecond + BitConverter.ToUInt32(b, offset + 8) / 100;
}
