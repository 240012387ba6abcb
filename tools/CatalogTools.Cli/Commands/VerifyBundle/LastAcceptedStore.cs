using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Channels;

namespace CatalogTools.Cli.Commands.VerifyBundle;

/// <summary>
/// Where a channel keeps what it last accepted: one manifest.json (one channel), or a folder with
/// CHANNEL/manifest.json per channel (the layout of a publish folder). Keyed by the channel named in
/// each manifest. Recording writes the verified manifest's bytes with a temp file and a rename.
/// </summary>
internal sealed class LastAcceptedStore
{
    private readonly string _path;

    private LastAcceptedStore(string path, bool isSingleFile, Dictionary<string, BundleManifest> manifests)
    {
        _path = path;
        IsSingleFile = isSingleFile;
        Manifests = manifests;
    }

    public bool IsSingleFile { get; }

    public IReadOnlyDictionary<string, BundleManifest> Manifests { get; }

    /// <summary>Null (with why) when <paramref name="path"/> is given but unreadable; a missing path is an empty store only when recording into it.</summary>
    public static LastAcceptedStore? Open(string? path, bool recording, out (string Zh, string En)? error)
    {
        error = null;
        if (path is null) return null;
        var manifests = new Dictionary<string, BundleManifest>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            var manifest = BundleManifest.Parse(File.ReadAllBytes(path), out var why);
            if (manifest is null)
            {
                error = ($"不是发布包清单：{why?.In(Core.Diagnostics.Lang.Zh)}", $"not a bundle manifest: {why?.In(Core.Diagnostics.Lang.En)}");
                return null;
            }
            manifests[manifest.Channel] = manifest;
            return new LastAcceptedStore(path, true, manifests);
        }
        if (Directory.Exists(path))
        {
            foreach (var channel in ChannelRegistry.Names)
            {
                var file = Path.Combine(path, channel, BundleManifest.FileName);
                if (!File.Exists(file)) continue;
                var manifest = BundleManifest.Parse(File.ReadAllBytes(file), out var why);
                if (manifest is null || manifest.Channel != channel)
                {
                    error = ($"{file} 不是渠道 {channel} 的清单", $"{file} is not a manifest of channel {channel}");
                    return null;
                }
                manifests[channel] = manifest;
            }
            return new LastAcceptedStore(path, false, manifests);
        }
        if (recording) return new LastAcceptedStore(path, !path.EndsWith('/') && Path.GetExtension(path) == ".json", manifests);
        error = ("不存在", "it does not exist");
        return null;
    }

    /// <summary>Records an accepted bundle's manifest (the bytes that were verified) as its channel's last accepted one.</summary>
    public void Record(BundleVerification accepted)
    {
        var manifest = accepted.Manifest!;
        var target = IsSingleFile ? _path : Path.Combine(_path, manifest.Channel, BundleManifest.FileName);
        if (IsSingleFile && Manifests.Count > 0 && !Manifests.ContainsKey(manifest.Channel)) return; // a file holds one channel's record
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        var temp = target + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllBytes(temp, accepted.ManifestBytes!);
        File.Move(temp, target, overwrite: true);
    }
}
