using System.Text.Json.Nodes;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Publishing.Trust;

/// <summary>The keys a role may sign with and how many of them must (threshold ≥ 1).</summary>
public sealed record RoleKeys(IReadOnlyList<string> KeyIds, int Threshold);

/// <summary>
/// root.json's signed part: the keys, and for each top-level role its key IDs and threshold. The
/// trust anchor a channel is installed with; a new version is signed by a threshold of the old
/// root keys and of the new (<see cref="TrustedRoot.Update"/>).
/// </summary>
public sealed record RootMetadata(long Version, DateTimeOffset Expires, IReadOnlyDictionary<string, TrustKey> Keys, IReadOnlyDictionary<string, RoleKeys> Roles)
{
    /// <summary>Always true: every file but timestamp.json has a versioned or content-addressed name.</summary>
    public bool ConsistentSnapshot => true;

    public JsonObject ToJson()
    {
        var o = MetadataFields.Header(RoleNames.Root, Version, Expires);
        o["consistent_snapshot"] = true;
        var keys = new JsonObject();
        foreach (var (id, key) in Keys.OrderBy(k => k.Key, StringComparer.Ordinal)) keys[id] = key.ToJson();
        o["keys"] = keys;
        var roles = new JsonObject();
        foreach (var (name, role) in Roles.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            roles[name] = new JsonObject
            {
                ["keyids"] = new JsonArray([.. role.KeyIds.Order(StringComparer.Ordinal).Select(k => (JsonNode)JsonValue.Create(k))]),
                ["threshold"] = role.Threshold,
            };
        }
        o["roles"] = roles;
        return o;
    }

    /// <summary>Root metadata from its signed part; throws <see cref="MetadataFormatException"/> when a field is wrong.</summary>
    public static RootMetadata FromJson(JsonObject signed)
    {
        MetadataFields.ExpectType(signed, RoleNames.Root);
        var (version, expires) = MetadataFields.VersionAndExpiry(signed);
        var keys = new Dictionary<string, TrustKey>(StringComparer.Ordinal);
        foreach (var (id, node) in MetadataFields.Object(signed, "keys"))
        {
            var key = TrustKey.FromJson(node, out var error) ?? throw new MetadataFormatException(new("trust.keyInvalid", ("id", id), ("error", error)));
            // A key ID is recomputed, never taken on trust: one ID cannot stand for two keys.
            if (key.KeyId != id) throw new MetadataFormatException(new("trust.keyIdMismatch", ("id", id), ("actual", key.KeyId)));
            keys[id] = key;
        }
        var roles = new Dictionary<string, RoleKeys>(StringComparer.Ordinal);
        var rolesJson = MetadataFields.Object(signed, "roles");
        foreach (var name in RoleNames.All)
        {
            var role = rolesJson[name] as JsonObject ?? throw new MetadataFormatException(new("trust.roleMissing", ("name", name)));
            var ids = (role["keyids"] as JsonArray ?? throw new MetadataFormatException(new("trust.keyIdsMissing", ("name", name))))
                .Select(k => k is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : throw new MetadataFormatException(new("trust.keyIdsNotStrings", ("name", name))))
                .ToList();
            var threshold = MetadataFields.Integer(role, "threshold");
            if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count) throw new MetadataFormatException(new("trust.keyIdsDuplicate", ("name", name)));
            var unknown = ids.FirstOrDefault(id => !keys.ContainsKey(id));
            if (unknown is not null) throw new MetadataFormatException(new("trust.roleUnknownKey", ("name", name), ("key", unknown)));
            if (threshold < 1 || threshold > ids.Count) throw new MetadataFormatException(new("trust.thresholdRange", ("name", name), ("threshold", threshold), ("count", ids.Count)));
            roles[name] = new RoleKeys(ids, (int)threshold);
        }
        return new RootMetadata(version, expires, keys, roles);
    }

    /// <summary>The role's keys, by ID.</summary>
    public IEnumerable<TrustKey> KeysOf(string role) => Roles[role].KeyIds.Select(id => Keys[id]);
}
