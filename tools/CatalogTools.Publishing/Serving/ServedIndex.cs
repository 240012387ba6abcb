using System.Net;
using System.Text;
using CatalogTools.Publishing.Bundles;
using Microsoft.AspNetCore.Http;

namespace CatalogTools.Publishing.Serving;

/// <summary>
/// The page at / when the served folder has no index.html (a publish folder, a mobile bundle): each
/// channel bundle with its version, source commit and validity, read from its manifest's header.
/// Everything read from disk is HTML-encoded; links and dot-folders are left out.
/// </summary>
internal static class ServedIndex
{
    public static async Task WriteAsync(HttpContext context, string root)
    {
        var rows = new StringBuilder();
        if (File.Exists(Path.Combine(root, BundleManifest.FileName))) rows.Append(Row(root, ""));
        foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var info = new DirectoryInfo(folder);
            if (info.Name.StartsWith('.') || info.LinkTarget is not null || !File.Exists(Path.Combine(folder, BundleManifest.FileName))) continue;
            rows.Append(Row(folder, info.Name + "/"));
        }
        var page = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>发布包 / Bundles</title>\n</head>\n<body>\n<h1>发布包 / Bundles</h1>\n"
            + (rows.Length == 0
                ? "<p>此文件夹中没有发布包（manifest.json）。/ No bundle (manifest.json) in this folder.</p>\n"
                : "<table>\n<thead><tr><th>渠道 / channel</th><th>版本 / version</th><th>源提交 / commit</th><th>有效期至 / valid until</th><th>清单 / manifest</th><th>状态 / status</th></tr></thead>\n<tbody>\n" + rows + "</tbody>\n</table>\n")
            + "</body>\n</html>\n";
        var bytes = Encoding.UTF8.GetBytes(page);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static string Row(string folder, string link)
    {
        var manifest = Header(Path.Combine(folder, BundleManifest.FileName));
        string E(string? s) => WebUtility.HtmlEncode(s ?? "?");
        var href = E(Uri.EscapeDataString(link.TrimEnd('/')) + (link.Length > 0 ? "/" : ""));
        var name = manifest?.Channel ?? link.TrimEnd('/');
        return $"<tr><td><a href=\"{(link.Length == 0 ? "./" : href)}\">{E(name)}</a></td><td>{E(manifest?.BundleVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))}</td><td>{E(manifest?.SourceCommit)}</td><td>{E(manifest?.ValidUntil)}</td><td><a href=\"{href}{BundleManifest.FileName}\">{BundleManifest.FileName}</a></td><td><a href=\"{href}{Fleet.ChannelStatus.FileName}\">{Fleet.ChannelStatus.FileName}</a></td></tr>\n";
    }

    /// <summary>The manifest's header fields from its first bytes (a manifest of 10^5 items is 50 MB); null when it is not one or is a link.</summary>
    private static BundleManifest? Header(string path)
    {
        try
        {
            if (new FileInfo(path).LinkTarget is not null) return null;
            using var stream = File.OpenRead(path);
            var buffer = new byte[8192];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return ManifestCodec.ReadHeader(buffer.AsSpan(0, read));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
