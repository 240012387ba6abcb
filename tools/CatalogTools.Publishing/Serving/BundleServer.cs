using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace CatalogTools.Publishing.Serving;

/// <summary>
/// Serves a publish folder (or one channel's bundle) on Kestrel for preview and for channels that
/// pull: static files with strong ETags (SHA-256 of the content) and If-None-Match → 304,
/// gzip/brotli compression, and each bundle's manifest at a fixed path (/manifest.json for a
/// single bundle, /CHANNEL/manifest.json for a publish folder). Bound to 127.0.0.1 unless told otherwise.
/// </summary>
public sealed class BundleServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BundleServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The address actually bound (port 0 picks a free one).</summary>
    public Uri Address { get; }

    public static async Task<BundleServer> StartAsync(string directory, int port, IPAddress? bind = null, CancellationToken cancellation = default)
    {
        var root = Path.GetFullPath(directory);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root, WebRootPath = root });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(bind ?? IPAddress.Loopback, port));
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "application/json", "image/svg+xml", "text/plain"];
        });
        var app = builder.Build();
        app.UseResponseCompression();
        var files = new PhysicalFileProvider(root);
        var etags = new ContentETags();
        app.Use(async (context, next) =>
        {
            // Strong ETags from content, so a file rewritten with the same bytes still answers 304.
            var path = context.Request.Path.Value ?? "/";
            if (path.EndsWith('/')) path += "index.html";
            var info = files.GetFileInfo(path);
            if (info.Exists && !info.IsDirectory && info.PhysicalPath is not null && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
            {
                var etag = etags.Of(info.PhysicalPath!);
                context.Response.Headers.ETag = etag;
                context.Response.Headers.CacheControl = "no-cache";
                if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && (v == etag || v == "*" || v.Split(',').Select(x => x.Trim()).Contains(etag))))
                {
                    context.Response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }
            }
            await next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".js"] = "text/javascript";
        types.Mappings[".json"] = "application/json";
        types.Mappings[".sig"] = "text/plain";
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = types,
            OnPrepareResponse = r =>
            {
                var headers = r.Context.Response.Headers;
                if (r.File.PhysicalPath is not null) headers.ETag = etags.Of(r.File.PhysicalPath);
                headers.CacheControl = "no-cache";
                headers.XContentTypeOptions = "nosniff";
            },
        });
        await app.StartAsync(cancellation);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BundleServer(app, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>SHA-256 ETags cached by path, size and write time.</summary>
    private sealed class ContentETags
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (long Size, DateTime Written, string Tag)> _cache = new(StringComparer.Ordinal);

        public string Of(string path)
        {
            var info = new FileInfo(path);
            if (_cache.TryGetValue(path, out var c) && c.Size == info.Length && c.Written == info.LastWriteTimeUtc) return c.Tag;
            using var stream = File.OpenRead(path);
            var tag = "\"" + Convert.ToHexStringLower(SHA256.HashData(stream))[..32] + "\"";
            _cache[path] = (info.Length, info.LastWriteTimeUtc, tag);
            return tag;
        }
    }
}
