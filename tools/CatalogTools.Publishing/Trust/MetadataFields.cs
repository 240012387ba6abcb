using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.Trust;

/// <summary>Reading the fields every metadata file has (_type, spec_version, version, expires) and typed values, with one exception type for what is missing or mistyped.</summary>
internal static class MetadataFields
{
    public static JsonObject Header(string type, long version, DateTimeOffset expires) => new()
    {
        ["_type"] = type,
        ["spec_version"] = RoleNames.SpecVersion,
        ["version"] = version,
        ["expires"] = Iso(expires),
    };

    public static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static void ExpectType(JsonObject signed, string type)
    {
        var actual = Text(signed, "_type");
        if (actual != type) throw new MetadataFormatException(new("trust.typeExpected", ("actual", actual), ("type", type)));
    }

    public static string Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : throw new MetadataFormatException(new("trust.missingString", ("name", name)));

    public static long Integer(JsonObject o, string name)
    {
        if (o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            && long.TryParse(v.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
        throw new MetadataFormatException(new("trust.missingInteger", ("name", name)));
    }

    public static long? OptionalInteger(JsonObject o, string name) => o.ContainsKey(name) ? Integer(o, name) : null;

    public static JsonObject Object(JsonObject o, string name) => o[name] as JsonObject ?? throw new MetadataFormatException(new("trust.missingObject", ("name", name)));

    public static DateTimeOffset Time(JsonObject o, string name)
    {
        var text = Text(o, name);
        return DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? t
            : throw new MetadataFormatException(new("trust.timeFormat", ("name", name), ("text", text)));
    }

    /// <summary>The common header: version ≥ 1 and expiry.</summary>
    public static (long Version, DateTimeOffset Expires) VersionAndExpiry(JsonObject signed)
    {
        var version = Integer(signed, "version");
        if (version < 1) throw new MetadataFormatException(new("trust.versionBelowOne"));
        return (version, Time(signed, "expires"));
    }

    public static string? Sha256Of(JsonObject entry)
    {
        if (entry["hashes"] is not JsonObject hashes) return null;
        var sha = Text(hashes, "sha256");
        if (sha.Length != 64 || !sha.All(char.IsAsciiHexDigitLower)) throw new MetadataFormatException(new("trust.sha256Format"));
        return sha;
    }
}

/// <summary>Metadata whose fields are missing or of the wrong type (a value, reported as CAT0244; never a crash).</summary>
public sealed class MetadataFormatException(MessageText reason) : FormatException(reason.ToString())
{
    /// <summary>What is wrong, for the caller to word in its language.</summary>
    public MessageText Reason { get; } = reason;
}
