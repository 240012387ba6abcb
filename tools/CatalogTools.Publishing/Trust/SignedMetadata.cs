using System.Text.Json;
using System.Text.Json.Nodes;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.Trust;

/// <summary>
/// One metadata file: {"signatures": [{"keyid", "sig"}], "signed": {...}}. Signatures cover the
/// canonical JSON of "signed" (<see cref="CanonicalJson"/>), so adding a signature never changes
/// what the others signed. Written with members sorted and one-space indents, so the same content
/// gives the same bytes.
/// </summary>
public sealed class SignedMetadata
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, IndentSize = 1, Encoder = Guides.GuideJson.SafeEncoder };

    public SignedMetadata(JsonObject signed, IEnumerable<MetadataSignature>? signatures = null)
    {
        Signed = signed;
        Signatures = [.. signatures ?? []];
    }

    public JsonObject Signed { get; }

    public List<MetadataSignature> Signatures { get; }

    /// <summary>The role the metadata claims ("_type"), or null.</summary>
    public string? Type => Signed["_type"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>The bytes every signature covers.</summary>
    public byte[] SignedBytes() => CanonicalJson.Bytes(Signed);

    /// <summary>Adds (or replaces) this key's signature.</summary>
    public void Sign(SigningKey key)
    {
        var sig = Convert.ToHexStringLower(key.Sign(SignedBytes()));
        Signatures.RemoveAll(s => s.KeyId == key.KeyId);
        Signatures.Add(new MetadataSignature(key.KeyId, sig));
        Signatures.Sort((a, b) => string.CompareOrdinal(a.KeyId, b.KeyId));
    }

    public byte[] ToBytes()
    {
        var envelope = new JsonObject
        {
            ["signatures"] = new JsonArray([.. Signatures.Select(s => (JsonNode)new JsonObject { ["keyid"] = s.KeyId, ["sig"] = s.Sig })]),
            ["signed"] = JsonNode.Parse(CanonicalJson.Bytes(Signed)),
        };
        var text = envelope.ToJsonString(Indented) + "\n";
        return System.Text.Encoding.UTF8.GetBytes(text);
    }

    /// <summary>The metadata in <paramref name="bytes"/>, or null with a reason (not JSON, no signed object, malformed signatures).</summary>
    public static SignedMetadata? Parse(ReadOnlySpan<byte> bytes, out MessageText? error)
    {
        error = null;
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            error = new("trust.notJson", ("reason", e.Message));
            return null;
        }
        if (node is not JsonObject root || root["signed"] is not JsonObject signed || root["signatures"] is not JsonArray sigs)
        {
            error = new("trust.notEnvelope", ("shape", "{\"signed\": {...}, \"signatures\": [...]}"));
            return null;
        }
        var list = new List<MetadataSignature>();
        foreach (var s in sigs)
        {
            if (s?["keyid"] is JsonValue k && k.GetValueKind() == JsonValueKind.String && s["sig"] is JsonValue g && g.GetValueKind() == JsonValueKind.String)
            {
                list.Add(new MetadataSignature(k.GetValue<string>(), g.GetValue<string>()));
            }
            else
            {
                error = new("trust.signatureEntry", ("shape", "{\"keyid\", \"sig\"}"));
                return null;
            }
        }
        try
        {
            CanonicalJson.Bytes(signed);
        }
        catch (FormatException e)
        {
            error = e is MetadataFormatException m ? m.Reason : new("trust.reason", ("reason", e.Message));
            return null;
        }
        root.Remove("signed");
        return new SignedMetadata(signed, list);
    }
}
