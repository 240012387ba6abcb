using System.Security.Cryptography;
using System.Text;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// ECDSA P-256 / SHA-256 signatures over the exact bytes of manifest.json. Keys are PEM
/// (PKCS#8 private, SubjectPublicKeyInfo public). The signature file holds base64 (IEEE P1363 r‖s).
/// </summary>
public static class ManifestSigner
{
    public const string PrivateKeyFile = "catalog-signing.key.pem";
    public const string PublicKeyFile = "catalog-signing.pub.pem";

    public static (string PrivatePem, string PublicPem) GenerateKeyPair()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return (key.ExportPkcs8PrivateKeyPem(), key.ExportSubjectPublicKeyInfoPem());
    }

    /// <summary>Loads a private key from PEM text; null with a reason when it is not a P-256 private key.</summary>
    public static ECDsa? LoadPrivate(string pem, out MessageText? error)
    {
        error = null;
        try
        {
            var key = ECDsa.Create();
            key.ImportFromPem(pem);
            if (key.KeySize != 256) { error = new("bundle.notP256"); return null; }
            key.ExportParameters(includePrivateParameters: true);
            return key;
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            error = new("bundle.keyUnreadable", ("reason", e.Message));
            return null;
        }
    }

    public static ECDsa? LoadPublic(string pem, out MessageText? error)
    {
        error = null;
        try
        {
            var key = ECDsa.Create();
            key.ImportFromPem(pem);
            if (key.KeySize != 256) { error = new("bundle.notP256"); return null; }
            return key;
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            error = new("bundle.keyUnreadable", ("reason", e.Message));
            return null;
        }
    }

    /// <summary>The same signature as <see cref="Sign"/>, from the manifest's SHA-256 (a streamed manifest is hashed as it is written).</summary>
    public static string SignSha256(ECDsa key, byte[] sha256) => Convert.ToBase64String(key.SignHash(sha256)) + "\n";

    public static string Sign(ECDsa key, ReadOnlySpan<byte> manifest) => Convert.ToBase64String(key.SignData(manifest, HashAlgorithmName.SHA256)) + "\n";

    public static bool Verify(ECDsa key, byte[] manifest, string signatureText)
    {
        try
        {
            var signature = Convert.FromBase64String(signatureText.Trim());
            return key.VerifyData(manifest, signature, HashAlgorithmName.SHA256);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
