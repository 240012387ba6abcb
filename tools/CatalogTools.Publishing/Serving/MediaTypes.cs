using Microsoft.AspNetCore.StaticFiles;

namespace CatalogTools.Publishing.Serving;

/// <summary>The media type a bundle file is served with (by `catalog serve` and in object storage): text in UTF-8.</summary>
public static class MediaTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = Create();

    /// <summary>The bare media type (application/octet-stream when unknown).</summary>
    public static string Bare(string path) => Provider.TryGetContentType(path, out var known) ? known : "application/octet-stream";

    /// <summary>The Content-Type header: text and JSON with charset=utf-8.</summary>
    public static string Of(string path)
    {
        var type = Bare(path);
        return type.StartsWith("text/", StringComparison.Ordinal) || type == "application/json" ? type + "; charset=utf-8" : type;
    }

    private static FileExtensionContentTypeProvider Create()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".js"] = "text/javascript";
        types.Mappings[".json"] = "application/json";
        types.Mappings[".sig"] = "text/plain";
        return types;
    }
}
