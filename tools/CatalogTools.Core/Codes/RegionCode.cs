namespace CatalogTools.Core.Codes;

/// <summary>
/// Region codes: GB/T 2260 six digits (province 2 + city 2 + county 2) or the 12-digit
/// statistical code for townships (+3) and villages (+3). The level follows from the code.
/// </summary>
public static class RegionCode
{
    public static bool IsWellFormed(string code) =>
        (code.Length == 6 || code.Length == 12) && !code.AsSpan().ContainsAnyExcept("0123456789") && code[..2] != "00";

    /// <summary>The level the code implies, or null when malformed.</summary>
    public static string? LevelOf(string code)
    {
        if (!IsWellFormed(code)) return null;
        if (code.Length == 12)
        {
            if (code.EndsWith("000", StringComparison.Ordinal)) return code.Substring(6, 3) == "000" ? null : "乡级";
            return "村级";
        }
        if (code.EndsWith("0000", StringComparison.Ordinal)) return "省级";
        if (code.EndsWith("00", StringComparison.Ordinal)) return "市级";
        return "县级";
    }

    /// <summary>The parent the code implies (县 → 市 → 省; 乡 → 县; 村 → 乡).</summary>
    public static string? ParentOf(string code)
    {
        switch (LevelOf(code))
        {
            case "村级": return code[..9] + "000";
            case "乡级": return code[..6];
            case "县级":
                // Counties directly under a province (省直辖县级, city part 90) have the province as parent.
                return code.Substring(2, 2) == "90" ? code[..2] + "0000" : code[..4] + "00";
            case "市级": return code[..2] + "0000";
            default: return null;
        }
    }
}
