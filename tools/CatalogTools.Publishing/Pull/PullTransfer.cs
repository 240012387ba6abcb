namespace CatalogTools.Publishing.Pull;

/// <summary>What a pull moved, counted as it happens (thread-safe): bytes received from the source, files fetched and reused, bytes a resume did not fetch again.</summary>
public sealed class PullTransfer
{
    private long _bytes;
    private long _fetched;
    private long _reused;
    private long _resumed;

    /// <summary>Called with the running total of received bytes after every chunk (a test interrupts a pull with it; a service may show progress).</summary>
    public Action<long>? OnReceived { get; init; }

    /// <summary>Bytes received from the source (response bodies as sent, compressed or not).</summary>
    public long BytesReceived => Interlocked.Read(ref _bytes);

    public long FilesFetched => Interlocked.Read(ref _fetched);

    public long FilesReused => Interlocked.Read(ref _reused);

    /// <summary>Bytes of interrupted downloads kept and not fetched again.</summary>
    public long BytesResumed => Interlocked.Read(ref _resumed);

    internal void Received(long count)
    {
        // Counted first: inside OnReceived?.Invoke(...) the count would be skipped when nobody listens.
        var total = Interlocked.Add(ref _bytes, count);
        OnReceived?.Invoke(total);
    }

    internal void Fetched() => Interlocked.Increment(ref _fetched);

    internal void Reused() => Interlocked.Increment(ref _reused);

    internal void Resumed(long count) => Interlocked.Add(ref _resumed, count);
}
