using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Fleet;

/// <summary>
/// channel-status.json: which version a channel serves. The pull client writes it beside the folder it
/// serves after each swap; <c>catalog serve</c> answers it at a fixed path; <c>catalog audit --fleet</c>
/// reads it from every channel. The version is named by the SHA-256 of the manifest served (a hash, so
/// a fleet audit can tell a published version from one that never was, whatever number it claims).
/// Schema: schemas/bundle/channel-status.schema.json.
/// </summary>
public sealed record ChannelStatus(
    string Channel,
    long BundleVersion,
    string ManifestSha256,
    string SourceCommit,
    string ValidUntil,
    string Source,
    string Updated)
{
    public const string FileName = "channel-status.json";
    public const string FormatName = "catalog-channel-status/1";

    /// <summary>The status of a channel that serves <paramref name="manifestBytes"/>, got from <paramref name="source"/> at <paramref name="updated"/>.</summary>
    public static ChannelStatus Of(BundleManifest manifest, ReadOnlySpan<byte> manifestBytes, string source, DateTimeOffset updated) =>
        new(manifest.Channel, manifest.BundleVersion, Convert.ToHexStringLower(SHA256.HashData(manifestBytes)), manifest.SourceCommit, manifest.ValidUntil, source, BundleManifest.Iso(updated));

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", FormatName);
            json.WriteString("channel", Channel);
            json.WriteNumber("bundleVersion", BundleVersion);
            json.WriteString("manifestSha256", ManifestSha256);
            json.WriteString("sourceCommit", SourceCommit);
            json.WriteString("validUntil", ValidUntil);
            json.WriteString("source", Source);
            json.WriteString("updated", Updated);
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Writes the status with a temp file and a rename, so a reader sees the old status or the new one.</summary>
    public void Write(string path)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        File.WriteAllBytes(temp, ToBytes());
        File.Move(temp, full, overwrite: true);
    }

    /// <summary>The status, or null with the reason (a message for the caller to word) when the bytes are not one.</summary>
    public static ChannelStatus? Parse(ReadOnlySpan<byte> bytes, out MessageText? error)
    {
        error = null;
        try
        {
            using var doc = JsonDocument.Parse(bytes.ToArray(), new JsonDocumentOptions { MaxDepth = 8 });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Fail(new("fleet.notAJsonObject"), out error);
            if (Text(root, "format") != FormatName) return Fail(new("fleet.formatIsNot", ("format", FormatName)), out error);
            var channel = Text(root, "channel");
            var digest = Text(root, "manifestSha256");
            var validUntil = Text(root, "validUntil");
            if (string.IsNullOrEmpty(channel)) return Fail(new("fleet.channelMissing"), out error);
            if (!root.TryGetProperty("bundleVersion", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out var version) || version < 0)
                return Fail(new("fleet.bundleVersionNotCount"), out error);
            if (digest is null || digest.Length != 64 || !digest.All(Uri.IsHexDigit)) return Fail(new("fleet.digestNotHex"), out error);
            if (validUntil is null || !DateTimeOffset.TryParse(validUntil, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
                return Fail(new("fleet.validUntilNotTime"), out error);
            return new ChannelStatus(channel, version, digest.ToLowerInvariant(), Text(root, "sourceCommit") ?? "", validUntil, Text(root, "source") ?? "", Text(root, "updated") ?? "");
        }
        catch (JsonException e)
        {
            return Fail(new("fleet.notJson", ("reason", e.Message)), out error);
        }
    }

    public DateTimeOffset ValidUntilTime => DateTimeOffset.Parse(ValidUntil, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static ChannelStatus? Fail(MessageText reason, out MessageText? error)
    {
        error = reason;
        return null;
    }
}
