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
    public static string Of(string template, ScriptObject model)
    {
        var text = new StringBuilder(4096);
        text.Append(RendererBuild.Id).Append('\u0001').Append(template).Append('\u0001');
        Append(text, model);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// The same for a data file made from rows of text (search index, mobile region lists): SHA-256 over
    /// the build, a name for the kind of file, and every value length-prefixed, streamed without one big string.
    /// </summary>
    public static string OfRows(string kind, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1024];
        void Add(string? s)
        {
            var text = s is null ? "\u0000" : s.Length.ToString(CultureInfo.InvariantCulture) + ":" + s;
            var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (needed > buffer.Length) buffer = new byte[needed];
            sha.AppendData(buffer, 0, Encoding.UTF8.GetBytes(text, buffer));
        }
        Add(RendererBuild.Id);
        Add(kind);
        foreach (var row in rows)
        {
            Add(row.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var value in row) Add(value);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
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
