using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Model;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Yaml;

namespace CatalogTools.Core.Checking;

/// <summary>
/// The province's per-rule severities (<c>severity:</c> in policy.yaml), applied the same way by
/// every verb that reports diagnostics — check, import, lock, audit: a rule set to <c>off</c>
/// reports nothing, any other setting replaces the rule's severity. Exit codes follow the result.
/// </summary>
public sealed class SeverityPolicy(IReadOnlyDictionary<string, Severity> overrides)
{
    public static SeverityPolicy None { get; } = new(new Dictionary<string, Severity>());

    public static SeverityPolicy Of(Policy policy) => new(policy.Severities);

    /// <summary>
    /// Reads only the catalog's policy.yaml, for verbs that do not load the whole catalog (lock,
    /// import's workbook rules). A missing or unreadable policy overrides nothing; check reports its problems.
    /// </summary>
    public static SeverityPolicy Read(CatalogLocation location)
    {
        var relative = FileKinds.RegistryPath(FileKind.Policy);
        var path = Path.Combine(location.CatalogRoot, relative);
        byte[] bytes;
        try
        {
            if (!File.Exists(path)) return None;
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return None;
        }
        var read = YamlDocumentReader.Read(bytes);
        if (!read.IsReadable || read.Root is not { Kind: YKind.Mapping } root) return None;
        return Of(RegistryReader.Policy(new NodeReader(root, relative)));
    }

    public bool Overrides(string ruleId) => overrides.ContainsKey(ruleId);

    /// <summary>The diagnostic at the policy's severity, or null when the policy switches its rule off.</summary>
    public Diagnostic? Apply(Diagnostic diagnostic)
    {
        if (!overrides.TryGetValue(diagnostic.Rule.Id, out var severity) || severity == diagnostic.Severity) return diagnostic;
        return severity == Severity.Off ? null : diagnostic with { Severity = severity };
    }

    /// <summary>Every diagnostic at the policy's severity, in the same order, without those switched off.</summary>
    public List<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics)
    {
        // Sized once: at 10^6 items a list grown by doubling holds two arrays of a million entries at its last growth.
        var kept = new List<Diagnostic>(diagnostics is IReadOnlyCollection<Diagnostic> known ? known.Count : 0);
        foreach (var d in diagnostics)
        {
            if (Apply(d) is { } applied) kept.Add(applied);
        }
        return kept;
    }
}
