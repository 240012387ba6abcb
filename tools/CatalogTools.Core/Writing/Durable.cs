using System.Runtime.InteropServices;

namespace CatalogTools.Core.Writing;

/// <summary>
/// File-system calls the writers need beyond System.IO (Linux, through libc): flushing a file or a
/// folder's entries to disk, flushing a whole file system once, swapping two folders in one
/// rename, and hard links. Elsewhere, or when libc lacks a call, each falls back to what System.IO
/// can do (no folder flush, two renames, a copy).
/// </summary>
public static class Durable
{
    private const string Libc = "libc.so.6";
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    [DllImport(Libc, SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport(Libc, SetLastError = true)]
    private static extern int fsync(int fd);

    [DllImport(Libc, SetLastError = true)]
    private static extern int syncfs(int fd);

    [DllImport(Libc, SetLastError = true)]
    private static extern int close(int fd);

    [DllImport(Libc, SetLastError = true)]
    private static extern int renameat2(int oldDirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

    [DllImport(Libc, SetLastError = true)]
    private static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);

    /// <summary>fsync of a file or a folder (a folder's fsync makes the renames and new entries in it durable).</summary>
    public static void Flush(string path) => WithDescriptor(path, fd => fsync(fd));

    /// <summary>syncfs: one call that flushes every file written on the file system holding <paramref name="path"/> (for stages of thousands of files).</summary>
    public static void FlushFileSystem(string path) => WithDescriptor(path, fd => syncfs(fd));

    /// <summary>Swaps two existing folders in one atomic rename; false when the system or file system cannot (the caller then renames twice).</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            if (renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0) return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
        var errno = Marshal.GetLastPInvokeError();
        // EINVAL: the file system does not support the flag; ENOSYS: the kernel lacks renameat2; EOPNOTSUPP.
        if (errno is 22 or 38 or 95) return false;
        throw new IOException($"cannot swap {a} and {b}: {Marshal.GetPInvokeErrorMessage(errno)}");
    }

    /// <summary>A second name for an existing file (no bytes copied); a copy where hard links are not possible.</summary>
    public static void HardLinkOrCopy(string source, string destination)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                if (link(source, destination) == 0) return;
                var errno = Marshal.GetLastPInvokeError();
                // Only where links cannot be made (EXDEV other device, EPERM/EMLINK/EOPNOTSUPP) is a copy the answer.
                if (errno is not (18 or 1 or 31 or 95)) throw new IOException($"cannot link {source} to {destination}: {Marshal.GetPInvokeErrorMessage(errno)}");
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
            }
        }
        File.Copy(source, destination);
    }

    private static void WithDescriptor(string path, Func<int, int> call)
    {
        if (!OperatingSystem.IsLinux()) return;
        int fd;
        try
        {
            fd = open(path, 0); // O_RDONLY opens folders too
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return;
        }
        if (fd < 0) throw new IOException($"cannot open {path} to flush it: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        try
        {
            if (call(fd) != 0) throw new IOException($"cannot flush {path} to disk: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        }
        finally
        {
            close(fd);
        }
    }
}
