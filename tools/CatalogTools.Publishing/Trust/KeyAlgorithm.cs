namespace CatalogTools.Publishing.Trust;

/// <summary>The signature algorithms a trust key may use, chosen per key.</summary>
public enum KeyAlgorithm
{
    /// <summary>ECDSA over NIST P-256 with SHA-256 (keytype "ecdsa", scheme "ecdsa-sha2-nistp256").</summary>
    P256,

    /// <summary>SM2 (GB/T 32918) with SM3 (GB/T 32905), user ID "1234567812345678" (keytype "sm2", scheme "sm2-sm3").</summary>
    Sm2,
}

/// <summary>The names a key's algorithm has in metadata and on the command line.</summary>
public static class KeyAlgorithms
{
    public static string KeyType(KeyAlgorithm a) => a == KeyAlgorithm.Sm2 ? "sm2" : "ecdsa";

    public static string Scheme(KeyAlgorithm a) => a == KeyAlgorithm.Sm2 ? "sm2-sm3" : "ecdsa-sha2-nistp256";

    /// <summary>keygen --algorithm: "p256" or "sm2".</summary>
    public static string CliName(KeyAlgorithm a) => a == KeyAlgorithm.Sm2 ? "sm2" : "p256";

    public static KeyAlgorithm? FromCliName(string name) => name.ToLowerInvariant() switch
    {
        "p256" or "p-256" or "ecdsa" => KeyAlgorithm.P256,
        "sm2" => KeyAlgorithm.Sm2,
        _ => null,
    };

    public static KeyAlgorithm? FromMetadata(string keyType, string scheme) => (keyType, scheme) switch
    {
        ("ecdsa", "ecdsa-sha2-nistp256") => KeyAlgorithm.P256,
        ("sm2", "sm2-sm3") => KeyAlgorithm.Sm2,
        _ => null,
    };
}
