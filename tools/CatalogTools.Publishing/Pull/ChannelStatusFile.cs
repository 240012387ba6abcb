using System.Security.Cryptography;
using System.Text.Json;
using CatalogTools.Core.Writing;
using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Pull;

/// <summary>
/// channel-status.json beside <c>current</c>: which version the channel serves (channel, version,
/// SHA-256 of its manifest, where it came from, when it was swapped in), written after each swap with
/// a temp file and a rename, so a fleet audit can tell what every channel shows.
/// </summary>
public static class ChannelStatusFile
{
    public const string FileName = "channel-status.json";
    public const string FormatName = "catalog-channel-status/1";

    public static void Write(ChannelFolder folder, BundleManifest manifest, byte[] manifestBytes, string origin, DateTimeOffset at)
    {
        var status = new Dictionary<string, object?>
        {
            ["format"] = FormatName,
            ["channel"] = manifest.Channel,
            ["bundleVersion"] = manifest.BundleVersion,
            ["manifestSha256"] = Convert.ToHexStringLower(SHA256.HashData(manifestBytes)),
            ["sourceCommit"] = manifest.SourceCommit,
            ["validUntil"] = manifest.ValidUntil,
            ["source"] = origin,
            ["updated"] = BundleManifest.Iso(at),
        };
        var target = Path.Combine(folder.Root, FileName);
        var temp = Path.Combine(folder.Work, FileName + ".tmp");
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(status, new JsonSerializerOptions { WriteIndented = true }));
        File.Move(temp, target, overwrite: true);
        FaultInjection.Step();
    }
}
