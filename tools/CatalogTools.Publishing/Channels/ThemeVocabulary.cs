using System.Security.Cryptography;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Schema;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Rules.Channels;
using CatalogTools.Core.Yaml;

namespace CatalogTools.Publishing.Channels;

/// <summary>A theme (life event, 生活事件) people browse by: its items are those of its types and its standards.</summary>
public sealed record Theme(string Code, string Name, string? Description, IReadOnlyList<string> Types, IReadOnlyList<string> Standards)
{
    private readonly HashSet<string> _types = new(Types, StringComparer.Ordinal);
    private readonly HashSet<string> _standards = new(Standards, StringComparer.Ordinal);

    /// <summary>Whether an item of this standard and type belongs to the theme (an item may belong to several).</summary>
    public bool Holds(string standard, string type) => _standards.Contains(standard) || _types.Contains(type);
}

/// <summary>
/// The catalog's theme vocabulary (registries/themes.yaml, schemas/themes.schema.json), read by the
/// channels as site.yaml is: check validates the file, publish shows it. Themes keep the file's order;
/// one with a code that is not a safe path segment, or written twice, is left out (check reports the schema violation).
/// </summary>
public static class ThemeVocabulary
{
    public static string RelativePath => FileKinds.RegistryPath(FileKind.Themes);

    /// <summary>The themes, or none when the file is absent or unreadable.</summary>
    public static IReadOnlyList<Theme> Read(string catalogRoot)
    {
        var bytes = Bytes(catalogRoot);
        if (bytes is null) return [];
        var read = YamlDocumentReader.Read(bytes);
        if (!read.IsReadable || read.Root is not { Kind: YKind.Mapping } root || root.Get("themes") is not { Kind: YKind.Sequence } list) return [];
        var themes = new List<Theme>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in list.Items)
        {
            if (entry.Kind != YKind.Mapping || Text(entry, "code") is not { } code || Text(entry, "name") is not { } name) continue;
            if (!IsSafeCode(code) || !seen.Add(code)) continue;
            themes.Add(new Theme(code, name, Text(entry, "description"), Texts(entry, "types"), Texts(entry, "standards")));
        }
        return themes;
    }

    /// <summary>
    /// CAT0235 for every standard a theme names that has no file in standards/ (files are named after their codes):
    /// the theme would silently lack it. Publish reports these once, before writing.
    /// </summary>
    public static IReadOnlyList<Diagnostic> UnknownStandards(string catalogRoot)
    {
        var bytes = Bytes(catalogRoot);
        if (bytes is null) return [];
        var read = YamlDocumentReader.Read(bytes);
        if (!read.IsReadable || read.Root is not { Kind: YKind.Mapping } root || root.Get("themes") is not { Kind: YKind.Sequence } list) return [];
        var problems = new List<Diagnostic>();
        var rule = ChannelSiteRules.ThemeUnknownStandard;
        foreach (var entry in list.Items)
        {
            if (entry.Kind != YKind.Mapping || entry.Get("standards") is not { Kind: YKind.Sequence } standards) continue;
            var theme = Text(entry, "name") ?? Text(entry, "code") ?? "";
            foreach (var s in standards.Items)
            {
                if (s.Kind != YKind.Scalar || s.Value.Length == 0) continue;
                var known = BundlePath.IsPlainName(s.Value) && File.Exists(Path.Combine(catalogRoot, "standards", s.Value + ".yaml"));
                if (known) continue;
                problems.Add(new Diagnostic(rule, rule.DefaultSeverity, RelativePath, Math.Max(1, s.Line), Math.Max(1, s.Column), null,
                    new Dictionary<string, MessageArgument>(StringComparer.Ordinal) { ["theme"] = theme, ["standard"] = s.Value }));
            }
        }
        return problems;
    }

    /// <summary>Lowercase letters, digits and single hyphens (the schema's pattern): the code becomes a folder name and a URL segment.</summary>
    public static bool IsSafeCode(string code) =>
        code.Length is > 0 and <= 64 && code[0] != '-' && code[^1] != '-' && !code.Contains("--", StringComparison.Ordinal)
        && code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>SHA-256 of themes.yaml as written ("" without one).</summary>
    public static string Fingerprint(string catalogRoot) => Bytes(catalogRoot) is { } b ? Convert.ToHexStringLower(SHA256.HashData(b)) : "";

    private static byte[]? Bytes(string catalogRoot)
    {
        var path = Path.Combine(catalogRoot, RelativePath);
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? Text(YNode map, string key) =>
        map.Get(key) is { Kind: YKind.Scalar } v && v.ScalarType != ScalarType.Null && v.Value.Length > 0 ? v.Value : null;

    private static IReadOnlyList<string> Texts(YNode map, string key) =>
        map.Get(key) is { Kind: YKind.Sequence } list
            ? list.Items.Where(i => i.Kind == YKind.Scalar && i.ScalarType != ScalarType.Null && i.Value.Length > 0).Select(i => i.Value).ToList()
            : [];
}
