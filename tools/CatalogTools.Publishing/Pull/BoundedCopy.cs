namespace CatalogTools.Publishing.Pull;

/// <summary>Copies a stream into a file up to a limit, counting what was read: the one loop both sources use.</summary>
internal static class BoundedCopy
{
    private const int Chunk = 1 << 16;

    /// <summary>Appends <paramref name="body"/> to <paramref name="target"/> (already at <paramref name="offset"/> bytes); TooLarge as soon as the file would pass <paramref name="maxBytes"/>.</summary>
    public static async Task<FetchOutcome> ToFileAsync(Stream body, FileStream target, long offset, long maxBytes, Action<long> counted, CancellationToken cancellation)
    {
        var buffer = new byte[Chunk];
        var length = offset;
        while (true)
        {
            var read = await body.ReadAsync(buffer, cancellation);
            if (read == 0) break;
            if (length + read > maxBytes)
            {
                return new FetchOutcome(FetchStatus.TooLarge, new("puller.tooLarge", ("limit", maxBytes)), length + read);
            }
            // Written even when cancelled meanwhile: what arrived is kept for the next pull to resume from.
            await target.WriteAsync(buffer.AsMemory(0, read), CancellationToken.None);
            length += read;
            counted(read);
        }
        await target.FlushAsync(cancellation);
        return new FetchOutcome(FetchStatus.Ok, null, length);
    }

    /// <summary>The destination opened for appending, with the length it already has (0 when new).</summary>
    public static FileStream OpenForAppend(string destination, out long existing)
    {
        var stream = new FileStream(destination, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        existing = stream.Length;
        stream.Seek(existing, SeekOrigin.Begin);
        return stream;
    }
}
