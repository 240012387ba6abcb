using System.Globalization;

namespace CatalogTools.Core.Yaml;

public enum ScalarType
{
    None,
    Null,
    Bool,
    Integer,
    Float,
    String,
}

/// <summary>Resolves plain scalars by the YAML 1.2 core schema, the one editors' tools use.</summary>
public static class ScalarResolver
{
    public static ScalarType Resolve(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return ScalarType.Null;
            case "true" or "True" or "TRUE" or "false" or "False" or "FALSE":
                return ScalarType.Bool;
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "-.inf" or ".nan" or ".NaN" or ".NAN":
                return ScalarType.Float;
        }
        if (IsInteger(text)) return ScalarType.Integer;
        if (IsFloat(text)) return ScalarType.Float;
        return ScalarType.String;
    }

    public static bool IsInteger(string text)
    {
        if (text.StartsWith("0x", StringComparison.Ordinal)) return text.Length > 2 && text.AsSpan(2).ContainsAnyExcept("0123456789abcdefABCDEF") == false;
        if (text.StartsWith("0o", StringComparison.Ordinal)) return text.Length > 2 && text.AsSpan(2).ContainsAnyExcept("01234567") == false;
        var span = text.AsSpan();
        if (span.Length > 0 && (span[0] == '-' || span[0] == '+')) span = span[1..];
        return span.Length > 0 && !span.ContainsAnyExcept("0123456789");
    }

    public static bool IsFloat(string text)
    {
        var span = text.AsSpan();
        if (span.Length == 0) return false;
        if (span[0] == '-' || span[0] == '+') span = span[1..];
        if (span.Length == 0 || span.ContainsAnyExcept("0123456789.eE+-")) return false;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && (span[0] == '.' || char.IsDigit(span[0]));
    }

    public static bool AsBool(string text) => text is "true" or "True" or "TRUE";
}
