using System.Text;

namespace CatalogTools.Publishing.Trust;

/// <summary>PEM text: one way to write it (so a key's PEM, and so its key ID, is stable) and a tolerant reader.</summary>
internal static class Pem
{
    public static string Encode(string label, byte[] der)
    {
        var text = new StringBuilder().Append("-----BEGIN ").Append(label).Append("-----\n");
        var base64 = Convert.ToBase64String(der);
        for (var i = 0; i < base64.Length; i += 64) text.Append(base64, i, Math.Min(64, base64.Length - i)).Append('\n');
        return text.Append("-----END ").Append(label).Append("-----\n").ToString();
    }

    /// <summary>The DER bytes of the first block with <paramref name="label"/>; null when there is none or it is not Base64.</summary>
    public static byte[]? Decode(string pem, string label)
    {
        var begin = $"-----BEGIN {label}-----";
        var end = $"-----END {label}-----";
        var start = pem.IndexOf(begin, StringComparison.Ordinal);
        if (start < 0) return null;
        start += begin.Length;
        var stop = pem.IndexOf(end, start, StringComparison.Ordinal);
        if (stop < 0) return null;
        try
        {
            return Convert.FromBase64String(string.Concat(pem[start..stop].Where(c => !char.IsWhiteSpace(c))));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
