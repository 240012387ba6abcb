using System.Collections.Concurrent;
using System.Security.Cryptography;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Fleet;

namespace CatalogTools.Publishing.Serving;

/// <summary>
/// BASE/channel-status.json for every bundle served: the version the server actually serves, made from
/// the manifest on disk (so it cannot claim another version than the one served). When a pull client's
/// status file names the same manifest, its source and swap time are kept; otherwise the source is
/// "serve" and the time the manifest's. The manifest's SHA-256 is cached while its size and time stay.
/// </summary>
internal sealed class ServedStatus
{
    private readonly ConcurrentDictionary<string, (long Size, DateTime Written, string Hash)> _hashes = new(StringComparer.Ordinal);

    /// <summary>The status JSON of the bundle in <paramref name="folder"/>, or null when it holds no readable manifest.</summary>
    public byte[]? For(string folder, string? pulledStatusFile)
    {
        var path = Path.Combine(folder, BundleManifest.FileName);
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null) return null;
        try
        {
            BundleManifest? header;
            using (var stream = File.OpenRead(path))
            {
                var buffer = new byte[8192];
                var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
                header = ManifestCodec.ReadHeader(buffer.AsSpan(0, read));
            }
            if (header is null) return null;
            var digest = HashOf(info);
            var status = new ChannelStatus(header.Channel, header.BundleVersion, digest, header.SourceCommit, header.ValidUntil, "serve", BundleManifest.Iso(info.LastWriteTimeUtc));
            if (pulledStatusFile is not null && File.Exists(pulledStatusFile)
                && ChannelStatus.Parse(File.ReadAllBytes(pulledStatusFile), out _) is { } pulled && pulled.ManifestSha256 == digest && pulled.Channel == header.Channel)
            {
                status = status with { Source = pulled.Source, Updated = pulled.Updated };
            }
            return status.ToBytes();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private string HashOf(FileInfo file)
    {
        if (_hashes.TryGetValue(file.FullName, out var c) && c.Size == file.Length && c.Written == file.LastWriteTimeUtc) return c.Hash;
        using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        _hashes[file.FullName] = (file.Length, file.LastWriteTimeUtc, hash);
        return hash;
    }
}
