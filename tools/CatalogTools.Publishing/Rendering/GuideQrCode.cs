using CatalogTools.Publishing.Channels;
using QRCoder;
using Scriban.Runtime;

namespace CatalogTools.Publishing.Rendering;

/// <summary>
/// The 一次性告知单's QR code: the item's online guide at site.yaml's <c>baseUrl</c>, encoded by QRCoder
/// as a PNG inside a <c>data:</c> URI, so the printed page needs no other file (the pages' CSP allows
/// <c>img-src data:</c>). Without a base URL there is no address a phone could open, so there is no code.
/// </summary>
public static class GuideQrCode
{
    // 4 px a module: a 33-module code for a typical address is 148 px, printed at 30 mm (CSS) it stays sharp.
    private const int PixelsPerModule = 4;

    /// <summary>The guide's public address: baseUrl + guides/CODE.html (the code as one percent-encoded segment), or null without a base URL.</summary>
    public static string? GuideUrl(SiteConfig? config, string code) =>
        config?.BaseUrl is { } baseUrl ? baseUrl + "guides/" + Uri.EscapeDataString(code) + ".html" : null;

    /// <summary><c>data:image/png;base64,…</c> of <paramref name="text"/> as a QR code (error correction M, with its quiet zone).</summary>
    public static string PngDataUri(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(PixelsPerModule, drawQuietZones: true);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    /// <summary>The notice template's <c>qr</c>: <c>url</c> (the address, as text) and <c>src</c> (the image), or null without a base URL.</summary>
    internal static ScriptObject? Model(SiteConfig? config, string code)
    {
        if (GuideUrl(config, code) is not { } url) return null;
        var qr = new ScriptObject(2) { ["url"] = Leaf.OfText(url), ["src"] = Leaf.OfText(PngDataUri(url)) };
        qr.IsReadOnly = true;
        return qr;
    }
}
