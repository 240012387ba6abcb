using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CatalogTools.Core.Diagnostics;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace CatalogTools.Publishing.Trust;

/// <summary>
/// A public key as root metadata lists it: keytype, scheme and the SubjectPublicKeyInfo PEM. Its
/// key ID is the SHA-256 (hex) of the canonical JSON of that object (as in TUF), so anyone can
/// recompute it and a key ID never names two keys.
/// </summary>
public sealed class TrustKey
{
    private readonly ECPublicKeyParameters _key;

    private TrustKey(KeyAlgorithm algorithm, string publicPem, ECPublicKeyParameters key)
    {
        Algorithm = algorithm;
        PublicPem = publicPem;
        _key = key;
        KeyId = Convert.ToHexStringLower(SHA256.HashData(CanonicalJson.Bytes(ToJson())));
    }

    public KeyAlgorithm Algorithm { get; }

    /// <summary>SubjectPublicKeyInfo PEM, re-encoded the one way this tool writes PEM (64-column lines, LF, final LF).</summary>
    public string PublicPem { get; }

    public string KeyId { get; }

    public JsonObject ToJson() => new()
    {
        ["keytype"] = KeyAlgorithms.KeyType(Algorithm),
        ["scheme"] = KeyAlgorithms.Scheme(Algorithm),
        ["keyval"] = new JsonObject { ["public"] = PublicPem },
    };

    public bool Verify(ReadOnlySpan<byte> data, byte[] signature) => EcCurves.Verify(Algorithm, _key, data, signature);

    internal static TrustKey From(ECPublicKeyParameters key, KeyAlgorithm algorithm)
    {
        var spki = Org.BouncyCastle.X509.SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(key).GetEncoded();
        return new TrustKey(algorithm, Pem.Encode("PUBLIC KEY", spki), key);
    }

    /// <summary>A public key from PEM (SubjectPublicKeyInfo of a P-256 or SM2 key); null with a reason otherwise.</summary>
    public static TrustKey? FromPem(string pem, out MessageText? error)
    {
        error = null;
        var der = Pem.Decode(pem, "PUBLIC KEY");
        if (der is null)
        {
            error = new("trust.notPublicPem");
            return null;
        }
        try
        {
            if (PublicKeyFactory.CreateKey(der) is not ECPublicKeyParameters ec || EcCurves.AlgorithmOf(ec.PublicKeyParamSet) is not { } algorithm)
            {
                error = new("trust.notCurvePublic");
                return null;
            }
            return From(ec, algorithm);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or FormatException or SecurityUtilityException)
        {
            error = new("trust.reason", ("reason", e.Message));
            return null;
        }
    }

    /// <summary>A key object of root metadata; null with a reason when the algorithm is unknown or the PEM does not hold such a key.</summary>
    public static TrustKey? FromJson(JsonNode? node, out MessageText? error)
    {
        error = null;
        var type = (node as JsonObject)?["keytype"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? node!["keytype"]!.GetValue<string>() : null;
        var scheme = (node as JsonObject)?["scheme"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? node!["scheme"]!.GetValue<string>() : null;
        var pem = node?["keyval"]?["public"] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : null;
        if (type is null || scheme is null || pem is null)
        {
            error = new("trust.keyFieldsMissing");
            return null;
        }
        if (KeyAlgorithms.FromMetadata(type, scheme) is not { } algorithm)
        {
            error = new("trust.unknownAlgorithm", ("type", type), ("scheme", scheme));
            return null;
        }
        var key = FromPem(pem, out error);
        if (key is null) return null;
        if (key.Algorithm != algorithm)
        {
            error = new("trust.curveMismatch", ("type", type));
            return null;
        }
        return key;
    }
}
