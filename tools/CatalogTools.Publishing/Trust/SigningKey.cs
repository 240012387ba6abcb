using CatalogTools.Core.Diagnostics;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;

namespace CatalogTools.Publishing.Trust;

/// <summary>
/// A private key that signs metadata: P-256 or SM2, read from PKCS#8 PEM ("PRIVATE KEY", as
/// `catalog keygen` and `openssl genpkey` write it). Its public half is <see cref="Public"/>.
/// </summary>
public sealed class SigningKey
{
    private readonly ECPrivateKeyParameters _key;

    private SigningKey(ECPrivateKeyParameters key, KeyAlgorithm algorithm)
    {
        _key = key;
        Algorithm = algorithm;
        var q = key.Parameters.G.Multiply(key.D).Normalize();
        Public = TrustKey.From(new ECPublicKeyParameters("EC", q, key.PublicKeyParamSet), algorithm);
    }

    public KeyAlgorithm Algorithm { get; }

    public TrustKey Public { get; }

    public string KeyId => Public.KeyId;

    /// <summary>A DER signature over <paramref name="data"/> (ECDSA with SHA-256, or SM2 with SM3).</summary>
    public byte[] Sign(ReadOnlySpan<byte> data) => EcCurves.Sign(Algorithm, _key, data);

    public static SigningKey? FromPem(string pem, out MessageText? error)
    {
        error = null;
        var der = Pem.Decode(pem, "PRIVATE KEY");
        if (der is null)
        {
            error = pem.Contains("PUBLIC KEY", StringComparison.Ordinal) ? new("trust.publicNotPrivate") : new("trust.notPrivatePem");
            return null;
        }
        try
        {
            if (PrivateKeyFactory.CreateKey(der) is not ECPrivateKeyParameters ec || EcCurves.AlgorithmOf(ec.PublicKeyParamSet) is not { } algorithm)
            {
                error = new("trust.notCurvePrivate");
                return null;
            }
            return new SigningKey(ec, algorithm);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or FormatException or SecurityUtilityException)
        {
            error = new("trust.reason", ("reason", e.Message));
            return null;
        }
    }

    /// <summary>A new key pair as PEM: PKCS#8 private key and SubjectPublicKeyInfo public key.</summary>
    public static (string PrivatePem, string PublicPem) Generate(KeyAlgorithm algorithm)
    {
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(EcCurves.Oid(algorithm), new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        var privateDer = PrivateKeyInfoFactory.CreatePrivateKeyInfo(pair.Private).GetEncoded();
        var key = new SigningKey((ECPrivateKeyParameters)pair.Private, algorithm);
        return (Pem.Encode("PRIVATE KEY", privateDer), key.Public.PublicPem);
    }
}
