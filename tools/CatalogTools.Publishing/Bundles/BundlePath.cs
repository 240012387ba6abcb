using System.Text.RegularExpressions;

namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// The one place where paths inside a bundle are made and resolved. A name taken from the catalog
/// (a code) becomes part of a path only when it is a plain file name; a relative path (from a
/// channel, a template folder or a manifest) is resolved only when every segment is a plain
/// segment and the result stays under its root. Anything else is an <see cref="UnsafePathException"/>.
/// </summary>
public static partial class BundlePath
{
    /// <summary>Letters, digits, '-' and '_', starting with a letter or digit: what every code of the scheme is made of.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainName();

    public static bool IsPlainName(string name) => PlainName().IsMatch(name);

    /// <summary>"<paramref name="folder"/>/<paramref name="name"/><paramref name="extension"/>" for a code; refuses a name that is not plain.</summary>
    public static string Of(string folder, string name, string extension) =>
        IsPlainName(name) ? $"{folder}/{name}{extension}" : throw new UnsafePathException(name);

    /// <summary>
    /// True for a '/'-separated relative path whose segments are non-empty, are not "." or "..", do not
    /// start with '.' (no dot-files, no staging folders) and hold no '\', ':' or control character.
    /// </summary>
    public static bool IsSafeRelative(string relative)
    {
        if (relative.Length == 0 || relative.Length > 1024) return false;
        var segmentStart = true;
        foreach (var c in relative)
        {
            if (c == '/')
            {
                if (segmentStart) return false; // empty segment, or a leading '/'
                segmentStart = true;
                continue;
            }
            if (segmentStart && c == '.') return false; // ".", "..", ".git", ".web.staging-…"
            if (c is '\\' or ':' || char.IsControl(c)) return false;
            segmentStart = false;
        }
        return !segmentStart; // no trailing '/'
    }

    /// <summary>The full path of <paramref name="relative"/> under <paramref name="root"/>, asserted to stay under it.</summary>
    public static string Resolve(string root, string relative)
    {
        if (!IsSafeRelative(relative)) throw new UnsafePathException(relative);
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var full = Path.GetFullPath(Path.Combine(fullRoot, relative));
        if (!full.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal)) throw new UnsafePathException(relative);
        return full;
    }
}

/// <summary>A path that would leave its folder or is not a plain name: nothing is written there.</summary>
public sealed class UnsafePathException(string path)
    : IOException(new Core.Diagnostics.MessageText("bundle.refusedUnsafePath", ("path", Display.Escape(path))).ToString())
{
    /// <summary>Why nothing was written, for the caller to word in its language.</summary>
    public Core.Diagnostics.MessageText Reason { get; } = new("bundle.refusedUnsafePath", ("path", Display.Escape(path)));

    public string PathText { get; } = path;
}
