using System.Text.Json;

namespace CatalogTools.Publishing.Trust;

/// <summary>
/// What the last complete prune kept (<c>OUT/.content-prune.json</c>, a dot-file: never served or
/// uploaded): N, and per channel the targets versions of its window. Every content file that only
/// releases older than a channel's window referenced is gone, so the next prune needs to look only at
/// the releases that left the window since. Written atomically after a prune finished; a prune cut short
/// leaves the previous window, which still holds (it only removed more).
/// </summary>
internal sealed record PruneWindow(int Keep, Dictionary<string, List<long>> Channels)
{
    public const string FileName = ".content-prune.json";

    public static PruneWindow? Read(string output)
    {
        try
        {
            var path = Path.Combine(output, FileName);
            return File.Exists(path) ? JsonSerializer.Deserialize<PruneWindow>(File.ReadAllBytes(path)) : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    public void Write(string output) => MetadataFolder.WriteAtomically(Path.Combine(output, FileName), JsonSerializer.SerializeToUtf8Bytes(this));
}
