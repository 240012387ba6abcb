using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Scriban.Runtime;

namespace CatalogTools.Publishing.Rendering;

/// <summary>
/// SHA-256 of everything a template page is rendered from besides the templates themselves (which
/// the manifest fingerprints separately): the template name, the page's model (every key and value,
/// in order) and this build of the tools (how Leaf and friends render). Equal fingerprints mean an
/// equal page, so a re-publish can keep the previous file.
/// </summary>
public static class ModelFingerprint
{
    private static readonly string Build = typeof(ModelFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string Of(string template, ScriptObject model)
    {
        var text = new StringBuilder(4096);
        text.Append(Build).Append('\u0001').Append(template).Append('\u0001');
        Append(text, model);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append('\u0000');
                break;
            case ScriptObject o:
                text.Append('{');
                foreach (var (key, v) in o)
                {
                    Str(text, key);
                    Append(text, v);
                }
                text.Append('}');
                break;
            case ScriptArray a:
                text.Append('[');
                foreach (var v in a) Append(text, v);
                text.Append(']');
                break;
            case Leaf leaf:
                text.Append('L');
                Str(text, leaf.Path ?? "\u0000");
                Str(text, leaf.Text);
                Append(text, leaf.Value);
                break;
            case string s:
                text.Append('s');
                Str(text, s);
                break;
            case bool b:
                text.Append(b ? 'T' : 'F');
                break;
            case IFormattable f:
                text.Append('n').Append(value.GetType().Name).Append(':');
                Str(text, f.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                text.Append('o').Append(value.GetType().FullName).Append(':');
                Str(text, value.ToString() ?? "");
                break;
        }
    }

    /// <summary>Length-prefixed, so no text can imitate the structure around it.</summary>
    private static void Str(StringBuilder text, string s) => text.Append(s.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(s);
}
