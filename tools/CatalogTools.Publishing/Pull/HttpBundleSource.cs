using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.Pull;

/// <summary>
/// A bundle over HTTP(S), read with one HttpClient. A fresh download asks for br or gzip (decoded
/// here, so the bytes counted are the bytes sent); a download with a prefix on disk asks for the rest
/// with a byte range, identity (the server answers single ranges: a resumed pull). Redirects are not
/// followed (a source may not send the channel elsewhere), and a body is read only up to its limit.
/// </summary>
public sealed class HttpBundleSource : IBundleSource, IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsClient;
    private readonly Uri _base;

    /// <summary>A source at <paramref name="baseUri"/> (the bundle's folder URL); with no client given, one that follows no redirects and decodes nothing by itself.</summary>
    public HttpBundleSource(Uri baseUri, HttpClient? client = null)
    {
        _base = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        _ownsClient = client is null;
        _http = client ?? new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None })
        {
            Timeout = TimeSpan.FromMinutes(10),
        };
    }

    public string Origin => _base.AbsoluteUri;

    public async Task<FetchOutcome> FetchAsync(string path, string destination, long maxBytes, PullTransfer transfer, CancellationToken cancellation)
    {
        var outcome = await FetchOnceAsync(path, destination, maxBytes, transfer, cancellation);
        // The prefix on disk does not fit the file as served now (416, or a range answered from elsewhere): once more, whole.
        if (outcome is null)
        {
            File.Delete(destination);
            outcome = await FetchOnceAsync(path, destination, maxBytes, transfer, cancellation);
        }
        return outcome ?? FetchOutcome.Failure(new MessageText("puller.resumeFailed"));
    }

    /// <summary>One request; null when a kept prefix must be thrown away and the file fetched whole.</summary>
    private async Task<FetchOutcome?> FetchOnceAsync(string path, string destination, long maxBytes, PullTransfer transfer, CancellationToken cancellation)
    {
        using var target = BoundedCopy.OpenForAppend(destination, out var existing);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_base, Escape(path)));
        if (existing > 0)
        {
            request.Headers.Range = new RangeHeaderValue(existing, null);
        }
        else
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        }
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation);
        }
        catch (HttpRequestException e)
        {
            return FetchOutcome.Failure(e.Message);
        }
        catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return FetchOutcome.Failure(new MessageText("puller.timedOut"));
        }
        using (response)
        {
            switch (response.StatusCode)
            {
                // S3 and the CDNs in front of it answer 403 for a key that does not exist when readers may not list
                // the bucket: to a reader that is "no such file" (the end of the root rotations, as python-tuf treats it).
                case HttpStatusCode.NotFound or HttpStatusCode.Gone or HttpStatusCode.Forbidden:
                    return FetchOutcome.Missing(new("puller.reason", ("reason", $"HTTP {(int)response.StatusCode}")));
                case HttpStatusCode.RequestedRangeNotSatisfiable when existing > 0:
                    return null;
                case HttpStatusCode.PartialContent when existing > 0:
                    if (response.Content.Headers.ContentRange?.From != existing) return null;
                    transfer.Resumed(existing);
                    break;
                case HttpStatusCode.OK:
                    if (existing > 0)
                    {
                        // The server sent the whole file: start over from byte 0.
                        target.SetLength(0);
                        existing = 0;
                    }
                    break;
                default:
                    return FetchOutcome.Failure($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }
            var encodings = response.Content.Headers.ContentEncoding;
            if (encodings.Count == 0 && response.Content.Headers.ContentLength is { } declared && existing + declared > maxBytes)
            {
                return new FetchOutcome(FetchStatus.TooLarge, new("puller.declaredTooLarge", ("declared", existing + declared), ("limit", maxBytes)), existing + declared);
            }
            try
            {
                await using var raw = await response.Content.ReadAsStreamAsync(cancellation);
                await using var counted = new CountingStream(raw, transfer);
                await using var body = Decoded(counted, encodings);
                if (body is null) return FetchOutcome.Failure(new MessageText("puller.unsupportedEncoding", ("encodings", string.Join(',', encodings))));
                return await BoundedCopy.ToFileAsync(body, target, existing, maxBytes, _ => { }, cancellation);
            }
            catch (Exception e) when (e is HttpRequestException or IOException or InvalidDataException || (e is TaskCanceledException && !cancellation.IsCancellationRequested))
            {
                // What arrived stays on disk: the next pull resumes from there.
                return FetchOutcome.Failure(e.Message);
            }
        }
    }

    private static Stream? Decoded(Stream body, ICollection<string> encodings) => encodings.Count switch
    {
        0 => body,
        1 when encodings.First() == "br" => new BrotliStream(body, CompressionMode.Decompress),
        1 when encodings.First() == "gzip" => new GZipStream(body, CompressionMode.Decompress),
        _ => null,
    };

    private static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    public void Dispose()
    {
        if (_ownsClient) _http.Dispose();
    }

    /// <summary>Counts the bytes of a response body as they arrive from the network.</summary>
    private sealed class CountingStream(Stream inner, PullTransfer transfer) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            transfer.Received(read);
            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken);
            transfer.Received(read);
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
