using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace CatalogTools.Publishing.Trust;

/// <summary>
/// The two curves through BouncyCastle: which curve a key's named-curve OID is, and signing and
/// verifying with it. Signatures are DER SEQUENCE{r, s} for both (SM2 as in GB/T 35276).
/// </summary>
internal static class EcCurves
{
    /// <summary>The SM2 user ID (Z_A input) every signature uses: GB/T 35276's default.</summary>
    public static readonly byte[] Sm2UserId = "1234567812345678"u8.ToArray();

    public static DerObjectIdentifier Oid(KeyAlgorithm a) => a == KeyAlgorithm.Sm2 ? GMObjectIdentifiers.sm2p256v1 : SecObjectIdentifiers.SecP256r1;

    public static KeyAlgorithm? AlgorithmOf(DerObjectIdentifier? curve) =>
        curve is null ? null : curve.Equals(GMObjectIdentifiers.sm2p256v1) ? KeyAlgorithm.Sm2 : curve.Equals(X9ObjectIdentifiers.Prime256v1) ? KeyAlgorithm.P256 : null;

    public static ISigner Signer(KeyAlgorithm a) => a == KeyAlgorithm.Sm2 ? new SM2Signer(new SM3Digest()) : new DsaDigestSigner(new ECDsaSigner(), new Sha256Digest());

    public static byte[] Sign(KeyAlgorithm a, ECPrivateKeyParameters key, ReadOnlySpan<byte> data)
    {
        var signer = Signer(a);
        ICipherParameters parameters = new ParametersWithRandom(key, new SecureRandom());
        if (a == KeyAlgorithm.Sm2) parameters = new ParametersWithID(parameters, Sm2UserId);
        signer.Init(true, parameters);
        signer.BlockUpdate(data);
        return signer.GenerateSignature();
    }

    public static bool Verify(KeyAlgorithm a, ECPublicKeyParameters key, ReadOnlySpan<byte> data, byte[] signature)
    {
        try
        {
            var signer = Signer(a);
            signer.Init(false, a == KeyAlgorithm.Sm2 ? new ParametersWithID(key, Sm2UserId) : key);
            signer.BlockUpdate(data);
            return signer.VerifySignature(signature);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or CryptoException or FormatException or IOException)
        {
            // A malformed DER signature is an invalid signature, never a crash.
            return false;
        }
    }
}
