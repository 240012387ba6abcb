using System.Security.Cryptography;
using CatalogTools.Publishing.Bundles;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CatalogTools.Publishing.Serving;

/// <summary>
/// Answers GET and HEAD from the served folder. A request path is resolved segment by segment:
/// every segment must be a plain segment (no dot-files, dot-folders such as .git or a publish's
/// staging folders, no "..") and no segment may be a symbolic link, else 404. A folder answers with
/// its index.html, the root with a generated index when it has none. Each response carries an ETag
/// from the content's SHA-256 and the encoding ("hash" identity, "hash-br", "hash-gzip"), so a cache
/// never mixes a compressed body with an identity one; If-None-Match compares weakly. A single byte
/// range is answered (identity only), so a channel can resume a download.
/// </summary>
internal sealed class BundleFiles(ServedRoot served)
{
    private static readonly string[] Compressible = ["text/html", "text/css", "text/javascript", "application/json", "image/svg+xml", "text/plain"];
    private readonly ContentETags _etags = new();
    private readonly CompressedCopies _compressed = new();
    private readonly ServedStatus _status = new();

    public async Task ServeAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }
        var path = request.Path.Value ?? "/";
        var root = served.Current;
        if (path.EndsWith("/" + Fleet.ChannelStatus.FileName, StringComparison.Ordinal) && StatusOf(root, path) is { } status)
        {
            await WriteStatusAsync(context, status);
            return;
        }
        var (file, folder) = Resolve(root, path);
        if (folder && !path.EndsWith('/'))
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = request.PathBase + path + "/" + request.QueryString;
            return;
        }
        if (file is null)
        {
            if (path == "/")
            {
                await ServedIndex.WriteAsync(context, root);
                return;
            }
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var type = MediaTypes.Bare(file.Name);
        var compressible = Compressible.Contains(type);
        var encoding = compressible && !request.Headers.ContainsKey(HeaderNames.Range) ? Negotiate(request) : null;
        var hash = _etags.Of(file);
        var etag = encoding is null ? $"\"{hash}\"" : $"\"{hash}-{encoding}\"";
        var headers = response.Headers;
        headers.ETag = etag;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        if (compressible) headers.Vary = "Accept-Encoding";
        if (ETagMatch.NoneMatchFails(request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentType = MediaTypes.Of(file.Name);
        if (encoding is null)
        {
            headers.AcceptRanges = "bytes";
            var (start, length) = (0L, file.Length);
            if (RangeOf(request, etag, file.Length) is { } range)
            {
                if (range.Length == 0)
                {
                    response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
                    headers.ContentRange = $"bytes */{file.Length}";
                    return;
                }
                (start, length) = range;
                response.StatusCode = StatusCodes.Status206PartialContent;
                headers.ContentRange = $"bytes {start}-{start + length - 1}/{file.Length}";
            }
            response.ContentLength = length;
            if (HttpMethods.IsHead(request.Method)) return;
            await response.SendFileAsync(file.FullName, start, length, context.RequestAborted);
            return;
        }
        var body = _compressed.Of(file.FullName, hash, encoding);
        headers.ContentEncoding = encoding;
        response.ContentLength = body.Length;
        if (HttpMethods.IsHead(request.Method)) return;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>The file a request path names (a folder's index.html), whether it named a folder; (null, false) for anything not served.</summary>
    private static (FileInfo? File, bool Folder) Resolve(string root, string requestPath)
    {
        var relative = requestPath.Trim('/');
        if (relative.Length > 0 && !BundlePath.IsSafeRelative(relative)) return (null, false);
        var current = root;
        if (relative.Length > 0)
        {
            foreach (var segment in relative.Split('/'))
            {
                current = Path.Combine(current, segment);
                var entry = new FileInfo(current);
                if (entry.LinkTarget is not null || (!entry.Exists && !Directory.Exists(current))) return (null, false);
            }
        }
        if (!Directory.Exists(current))
        {
            // A name with a trailing '/' is a folder or nothing.
            return requestPath.EndsWith('/') ? (null, false) : (new FileInfo(current), false);
        }
        var index = new FileInfo(Path.Combine(current, "index.html"));
        var served = index.Exists && index.LinkTarget is null ? index : null;
        return (served, relative.Length > 0 || served is not null);
    }

    /// <summary>The generated channel-status.json of the bundle whose folder a request path ends in (null when that folder holds no bundle: a real file may answer).</summary>
    private byte[]? StatusOf(string root, string requestPath)
    {
        var relative = requestPath[..^Fleet.ChannelStatus.FileName.Length].Trim('/');
        if (relative.Length > 0 && !BundlePath.IsSafeRelative(relative)) return null;
        var current = root;
        if (relative.Length > 0)
        {
            foreach (var segment in relative.Split('/'))
            {
                current = Path.Combine(current, segment);
                if (new DirectoryInfo(current).LinkTarget is not null || !Directory.Exists(current)) return null;
            }
        }
        return _status.For(current, relative.Length == 0 ? served.StatusFile : null);
    }

    private static async Task WriteStatusAsync(HttpContext context, byte[] status)
    {
        var response = context.Response;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        response.ContentLength = status.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await response.Body.WriteAsync(status, context.RequestAborted);
    }

    /// <summary>
    /// A single byte range (a resumed download) when asked for and If-Range, if any, names this ETag;
    /// (0, 0) when it cannot be satisfied; null for the whole file (no Range, several ranges, a stale If-Range).
    /// </summary>
    private static (long Start, long Length)? RangeOf(HttpRequest request, string etag, long size)
    {
        if (!RangeHeaderValue.TryParse(request.Headers.Range.ToString(), out var header) || header.Unit != "bytes" || header.Ranges.Count != 1) return null;
        var ifRange = request.Headers.IfRange.ToString();
        if (ifRange.Length > 0 && ifRange != etag) return null;
        var r = header.Ranges.First();
        long start, end;
        if (r.From is null)
        {
            if (r.To is null or 0) return (0, 0);
            start = Math.Max(0, size - r.To.Value);
            end = size - 1;
        }
        else
        {
            start = r.From.Value;
            end = Math.Min(r.To ?? size - 1, size - 1);
        }
        return start >= size || start > end ? (0, 0) : (start, end - start + 1);
    }

    private static string? Negotiate(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        double Quality(string name) => accepted.Where(a => a.Value.Equals(name, StringComparison.OrdinalIgnoreCase) || a.Value == "*").Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var br = Quality("br");
        var gzip = Quality("gzip");
        if (br > 0 && br >= gzip) return "br";
        return gzip > 0 ? "gzip" : null;
    }

    /// <summary>SHA-256 (first 32 hex digits) by path, kept while size and write time stay the same.</summary>
    private sealed class ContentETags
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (long Size, DateTime Written, string Hash)> _cache = new(StringComparer.Ordinal);

        public string Of(FileInfo file)
        {
            if (_cache.TryGetValue(file.FullName, out var c) && c.Size == file.Length && c.Written == file.LastWriteTimeUtc) return c.Hash;
            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var hash = Convert.ToHexStringLower(SHA256.HashData(stream))[..32];
            _cache[file.FullName] = (file.Length, file.LastWriteTimeUtc, hash);
            return hash;
        }
    }
}
