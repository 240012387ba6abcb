using System.Text;
using CatalogTools.Core.Yaml;

namespace CatalogTools.Core.Formatting;

/// <summary>How a scalar is written: plain when that keeps its meaning, double-quoted otherwise.</summary>
public static partial class ScalarText
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{4}-\d{1,2}-\d{1,2}([Tt ].*)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?|[-+]?[0-9][0-9_,]*)$")]
    private static partial System.Text.RegularExpressions.Regex Yaml11Lookalike();

    public static string Format(YNode scalar)
    {
        if (!scalar.Quoted) return scalar.Value.Length == 0 ? "null" : scalar.Value;
        return FormatString(scalar.Value);
    }

    public static string FormatKey(string key) => IsPlainSafe(key) ? key : Quote(key);

    /// <summary>A string value: plain if a reader would read the same string back, else quoted.</summary>
    public static string FormatString(string value) => IsPlainSafe(value) ? value : Quote(value);

    public static bool IsPlainSafe(string value)
    {
        if (value.Length == 0) return false;
        if (ScalarResolver.Resolve(value) != ScalarType.String) return false;
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])) return false;
        if ("-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) >= 0) return false;
        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':')) return false;
        foreach (var c in value)
        {
            if (c < ' ' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') return false;
        }
        // YAML 1.1 readers (PyYAML, older tools) take these as booleans, dates or base-60 numbers;
        // quoting keeps every reader on the same meaning.
        if (value.ToLowerInvariant() is "yes" or "no" or "on" or "off" or "y" or "n") return false;
        return !Yaml11Lookalike().IsMatch(value);
    }

    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') sb.Append("\\u").Append(((int)c).ToString("X4"));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
        return sb.ToString();
    }
}
