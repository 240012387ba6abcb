namespace CatalogTools.Core.Diagnostics;

/// <summary>The language users read: Chinese first, English on request.</summary>
public enum Lang
{
    Zh,
    En,
}

public static class LangParser
{
    public static bool TryParse(string? text, out Lang lang)
    {
        switch (text?.ToLowerInvariant())
        {
            case null or "" or "zh" or "zh-cn" or "cn":
                lang = Lang.Zh;
                return true;
            case "en" or "en-us":
                lang = Lang.En;
                return true;
            default:
                lang = Lang.Zh;
                return false;
        }
    }
}
