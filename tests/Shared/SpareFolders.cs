using System.Security.Cryptography;

namespace CatalogTools.Tests.Shared;

/// <summary>
/// What a publish may leave beside its channel folders: only complete spares — <c>.CHANNEL.spare</c>
/// (the version before the live one, kept for the next update) with its <c>.CHANNEL.spare.ready</c>
/// marker naming the SHA-256 of the spare's manifest.json and of the live one. Anything else starting
/// with a dot (a stage, a half-updated spare, a marker without its spare) is left over.
/// </summary>
public static class SpareFolders
{
    /// <summary>Dot-folders and markers under <paramref name="output"/> that are not complete spares, by name.</summary>
    public static List<string> LeftOver(string output)
    {
        var left = new List<string>();
        foreach (var dir in Directory.GetDirectories(output, ".*"))
        {
            var name = Path.GetFileName(dir);
            if (!name.EndsWith(".spare", StringComparison.Ordinal) || !Complete(output, name)) left.Add(name);
        }
        foreach (var marker in Directory.GetFiles(output, ".*.spare.ready"))
        {
            if (!Directory.Exists(marker[..^".ready".Length])) left.Add(Path.GetFileName(marker));
        }
        return left;
    }

    /// <summary>Spares under <paramref name="output"/> (complete or not), by channel.</summary>
    public static List<string> Channels(string output) =>
        Directory.GetDirectories(output, ".*.spare").Select(d => Path.GetFileName(d)[1..^".spare".Length]).Order(StringComparer.Ordinal).ToList();

    private static bool Complete(string output, string spareName)
    {
        var channel = spareName[1..^".spare".Length];
        var marker = Path.Combine(output, spareName + ".ready");
        if (!File.Exists(marker)) return false;
        var lines = File.ReadAllLines(marker).Select(l => l.Split('\t')).ToList();
        var holds = lines.FirstOrDefault(l => l[0] == "holds");
        var precedes = lines.FirstOrDefault(l => l[0] == "precedes");
        return holds is not null && precedes is not null
            && holds[1] == Sha256(Path.Combine(output, spareName, "manifest.json"))
            && precedes[1] == Sha256(Path.Combine(output, channel, "manifest.json"));
    }

    private static string? Sha256(string path) => File.Exists(path) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) : null;
}
