using System.Globalization;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.Trust;

/// <summary>Reading and writing the metadata of a publish folder on disk (OUT/metadata/): newest versions, and writes that appear whole or not at all.</summary>
public static class MetadataFolder
{
    /// <summary>The versions V of files V.SUFFIX in <paramref name="folder"/> (e.g. "root.json"), ascending.</summary>
    public static IReadOnlyList<long> Versions(string folder, string suffix)
    {
        if (!Directory.Exists(folder)) return [];
        var versions = new List<long>();
        foreach (var path in Directory.EnumerateFiles(folder, "*." + suffix))
        {
            var name = Path.GetFileName(path);
            var head = name[..^(suffix.Length + 1)];
            if (head.Length > 0 && head.All(char.IsAsciiDigit) && head[0] != '0' && long.TryParse(head, NumberStyles.None, CultureInfo.InvariantCulture, out var v)) versions.Add(v);
        }
        versions.Sort();
        return versions;
    }

    /// <summary>Writes through a temporary file and a rename, so readers (and a CDN upload) see the old file or the new one.</summary>
    public static void WriteAtomically(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".tmp-" + Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The metadata in a file, or null with a reason.</summary>
    public static SignedMetadata? Read(string path, out MessageText? error)
    {
        error = null;
        if (!File.Exists(path))
        {
            error = new("trust.missing");
            return null;
        }
        return SignedMetadata.Parse(File.ReadAllBytes(path), out error);
    }
}
