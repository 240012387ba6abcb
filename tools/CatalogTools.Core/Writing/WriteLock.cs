namespace CatalogTools.Core.Writing;

/// <summary>
/// One writer at a time per lock file: an exclusive advisory lock (flock, taken by .NET for
/// FileShare.None) that the system releases when the process ends, even by kill -9, so a crashed
/// writer never leaves it held.
/// </summary>
public sealed class WriteLock : IDisposable
{
    private readonly FileStream _stream;

    private WriteLock(FileStream stream) => _stream = stream;

    /// <summary>The lock, waiting up to <paramref name="wait"/> for another holder; null when it stayed held.</summary>
    public static WriteLock? TryAcquire(string lockPath, TimeSpan wait)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                return new WriteLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
