using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.Trust;

/// <summary>
/// Counts the valid signatures of a role's keys over metadata: each listed key counts once, a key
/// the role does not list (a rotated-out or unknown key) never counts, a bad signature never counts.
/// </summary>
public static class SignatureCheck
{
    /// <summary>How many distinct keys of <paramref name="role"/> signed <paramref name="metadata"/> validly.</summary>
    public static int ValidCount(SignedMetadata metadata, RootMetadata root, string role) => Count(metadata, root, role).Valid;

    /// <summary>Null when a threshold of the role's keys signed; otherwise CAT0240 naming the keys that did not count.</summary>
    public static Diagnostic? Threshold(SignedMetadata metadata, RootMetadata root, string role, string file)
    {
        var (valid, outside, bad) = Count(metadata, root, role);
        var need = root.Roles[role].Threshold;
        if (valid >= need) return null;
        var clauses = new List<MessageArgument>();
        if (outside.Count > 0)
        {
            clauses.Add(new MessageText("trust.keysNotListed", ("version", root.Version), ("role", role), ("keys", Keys(outside))));
        }
        if (bad.Count > 0)
        {
            clauses.Add(new MessageText("trust.badSignatures", ("keys", Keys(bad))));
        }
        return TrustFindings.Threshold(file, role, need, valid,
            clauses.Count == 0 ? "" : new MessageText("trust.thresholdDetail", ("clauses", new MessageList("trust.clauseSeparator", clauses))));
    }

    private static MessageList Keys(List<string> keyIds) => new("list.separator", [.. keyIds.Select(k => (MessageArgument)Short(k))]);

    private static string Short(string keyId) => keyId.Length > 12 ? keyId[..12] : keyId;

    private static (int Valid, List<string> Outside, List<string> Bad) Count(SignedMetadata metadata, RootMetadata root, string role)
    {
        var allowed = root.Roles[role].KeyIds.ToHashSet(StringComparer.Ordinal);
        var bytes = metadata.SignedBytes();
        var counted = new HashSet<string>(StringComparer.Ordinal);
        var outside = new List<string>();
        var bad = new List<string>();
        foreach (var s in metadata.Signatures)
        {
            if (!allowed.Contains(s.KeyId))
            {
                outside.Add(s.KeyId);
                continue;
            }
            if (counted.Contains(s.KeyId)) continue;
            if (TryHex(s.Sig) is { } sig && root.Keys[s.KeyId].Verify(bytes, sig)) counted.Add(s.KeyId);
            else bad.Add(s.KeyId);
        }
        return (counted.Count, outside, bad);
    }

    private static byte[]? TryHex(string hex)
    {
        try
        {
            return hex.Length is > 0 and <= 1024 ? Convert.FromHexString(hex) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
