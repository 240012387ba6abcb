using System.Text;

namespace CatalogTools.Publishing.Bundles;

/// <summary>Text from a catalog or a bundle shown on a terminal: control characters (escape sequences) are written as \uXXXX.</summary>
public static class Display
{
    public static string Escape(string text)
    {
        if (!text.Any(char.IsControl)) return text;
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text) escaped.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString());
        return escaped.ToString();
    }
}
