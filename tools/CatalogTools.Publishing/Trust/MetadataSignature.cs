namespace CatalogTools.Publishing.Trust;

/// <summary>One signature of a metadata file: the signing key's ID and the DER signature in lowercase hex.</summary>
public sealed record MetadataSignature(string KeyId, string Sig);
