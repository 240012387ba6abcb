using System.Text.Json.Nodes;
using CatalogTools.Publishing.Trust;

namespace CatalogTools.Publishing.Tests.Support;

/// <summary>
/// What two publishes of the same source must share in a trust metadata file: its signed part in
/// canonical form, without the length and SHA-256 that snapshot and timestamp record of the signed
/// file below them (ECDSA and SM2 signatures are randomized, and they are part of those bytes).
/// </summary>
public static class SignedParts
{
    public static string WithoutDigestsOfSignedFiles(byte[] metadata)
    {
        var signed = SignedMetadata.Parse(metadata, out var error)?.Signed ?? throw new InvalidOperationException(error?.In(Core.Diagnostics.Lang.En));
        if (signed["meta"] is JsonObject meta)
        {
            foreach (var (_, entry) in meta)
            {
                ((JsonObject)entry!).Remove("hashes");
                ((JsonObject)entry!).Remove("length");
            }
        }
        return System.Text.Encoding.UTF8.GetString(CanonicalJson.Bytes(signed));
    }
}
