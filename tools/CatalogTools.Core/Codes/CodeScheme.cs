using System.Text.Json;
using System.Text.RegularExpressions;

namespace CatalogTools.Core.Codes;

/// <summary>
/// The province's code scheme, read from schemas/code-scheme.json: how a basic code is built
/// from the item type, and how an implementation code is built from basic, region and agency.
/// </summary>
public sealed class CodeScheme
{
    private readonly Regex _basicPattern;
    private readonly Regex? _suffixPattern;

    private CodeScheme(Regex basicPattern, IReadOnlyDictionary<string, string> typeCodes, string implementationTemplate, string suffixSeparator, Regex? suffixPattern)
    {
        _basicPattern = basicPattern;
        TypeCodes = typeCodes;
        ImplementationTemplate = implementationTemplate;
        SuffixSeparator = suffixSeparator;
        _suffixPattern = suffixPattern;
    }

    public IReadOnlyDictionary<string, string> TypeCodes { get; }
    public string ImplementationTemplate { get; }
    public string SuffixSeparator { get; }
    public string BasicPattern => _basicPattern.ToString();

    public static CodeScheme Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var basic = doc.RootElement.GetProperty("basicCode");
        var typeCodes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in basic.GetProperty("typeCodes").EnumerateObject())
        {
            typeCodes[p.Name] = p.Value.GetString() ?? "";
        }
        var impl = doc.RootElement.GetProperty("implementationCode");
        var suffix = impl.TryGetProperty("suffixPattern", out var sp) ? new Regex(sp.GetString()!, RegexOptions.CultureInvariant) : null;
        return new CodeScheme(
            new Regex(basic.GetProperty("pattern").GetString()!, RegexOptions.CultureInvariant),
            typeCodes,
            impl.GetProperty("template").GetString()!,
            impl.TryGetProperty("suffixSeparator", out var sep) ? sep.GetString() ?? "-" : "-",
            suffix);
    }

    /// <summary>Null when the basic code fits the scheme and the item type, else the reason.</summary>
    public Diagnostics.MessageText? CheckBasicCode(string code, string? itemType)
    {
        var match = _basicPattern.Match(code);
        if (!match.Success) return new("codeScheme.doesNotMatchTheScheme", ("pattern", BasicPattern));
        var typeGroup = match.Groups["type"];
        if (itemType is not null && typeGroup.Success && TypeCodes.TryGetValue(itemType, out var expected) && typeGroup.Value != expected)
        {
            return new("codeScheme.typeCodeMismatch", ("typeCode", typeGroup.Value), ("itemType", itemType), ("expected", expected));
        }
        return null;
    }

    /// <summary>The implementation code the scheme builds from its parts.</summary>
    public string BuildImplementationCode(string basic, string region, string agency, string? suffix)
    {
        var code = ImplementationTemplate.Replace("{basic}", basic).Replace("{region}", region).Replace("{agency}", agency);
        return string.IsNullOrEmpty(suffix) ? code : code + SuffixSeparator + suffix;
    }

    public bool IsValidSuffix(string suffix) => _suffixPattern is null || _suffixPattern.IsMatch(suffix);
}
