using System.Text.Json;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.Fleet;

/// <summary>One channel of a fleet: its name in messages, where its status is read (a URL or a path), and where the entry is in the fleet file.</summary>
public sealed record FleetChannel(string Name, string Status, int Line, int Column);

/// <summary>
/// The fleet file `catalog audit --fleet FILE` reads (catalog-fleet/1, schemas/bundle/fleet.schema.json):
/// where the published releases are recorded (releases.json, a path relative to the fleet file or a
/// URL), how many versions a channel may lag (maxBehind, default 0) and every channel's status location.
/// </summary>
public sealed record FleetFile(string Releases, int MaxBehind, IReadOnlyList<FleetChannel> Channels)
{
    public const string FormatName = "catalog-fleet/1";

    /// <summary>The fleet, or null with the reason (a message for the caller to word).</summary>
    public static FleetFile? Parse(byte[] bytes, out MessageText? error)
    {
        error = null;
        try
        {
            using var doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "format") != FormatName) return Fail(new("fleet.formatMustBe", ("format", FormatName)), out error);
            if (Text(root, "releases") is not { Length: > 0 } releases) return Fail(new("fleet.releasesLocationMissing"), out error);
            var maxBehind = 0;
            if (root.TryGetProperty("maxBehind", out var m) && (m.ValueKind != JsonValueKind.Number || !m.TryGetInt32(out maxBehind) || maxBehind < 0))
                return Fail(new("fleet.maxBehindNotCount"), out error);
            if (!root.TryGetProperty("channels", out var list) || list.ValueKind != JsonValueKind.Array) return Fail(new("fleet.channelsMissing"), out error);
            var places = ChannelPositions(bytes);
            var channels = new List<FleetChannel>();
            foreach (var c in list.EnumerateArray())
            {
                var n = channels.Count + 1;
                if (c.ValueKind != JsonValueKind.Object || Text(c, "status") is not { Length: > 0 } status)
                    return Fail(new("fleet.channelStatusMissing", ("number", n)), out error);
                var (line, column) = n <= places.Count ? places[n - 1] : (1, 1);
                channels.Add(new FleetChannel(Text(c, "name") is { Length: > 0 } name ? name : status, status, line, column));
            }
            return new FleetFile(releases, maxBehind, channels);
        }
        catch (JsonException e)
        {
            return Fail(new("fleet.notJsonAtLine", ("line", (e.LineNumber ?? 0) + 1), ("reason", e.Message)), out error);
        }
    }

    /// <summary>Line and column (1-based) of each object in the top-level "channels" array.</summary>
    private static List<(int Line, int Column)> ChannelPositions(byte[] bytes)
    {
        var found = new List<(int, int)>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var inChannels = false;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName) inChannels = reader.ValueTextEquals("channels");
            else if (inChannels && reader.CurrentDepth == 2 && reader.TokenType == JsonTokenType.StartObject)
            {
                var before = bytes.AsSpan(0, (int)reader.TokenStartIndex);
                var lastNewline = before.LastIndexOf((byte)'\n');
                var column = System.Text.Encoding.UTF8.GetCharCount(before[(lastNewline + 1)..]) + 1;
                found.Add((before.Count((byte)'\n') + 1, column));
            }
        }
        return found;
    }

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static FleetFile? Fail(MessageText reason, out MessageText? error)
    {
        error = reason;
        return null;
    }
}
