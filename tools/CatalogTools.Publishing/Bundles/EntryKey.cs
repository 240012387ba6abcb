namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// A key (code or path) compared with an entry line's first value (code or path) in ordinal order. ASCII
/// keys without escapes (every code and path the publisher writes) compare as bytes, with no string
/// made per line; anything else is decoded and compared as strings.
/// </summary>
internal readonly struct EntryKey(string key)
{
    private readonly string _key = key;
    private readonly byte[]? _ascii = System.Text.Ascii.IsValid(key) ? System.Text.Encoding.ASCII.GetBytes(key) : null;

    public int CompareTo(ReadOnlySpan<byte> line)
    {
        if (_ascii is not null && ManifestLines.RawKey(line) is { IsEmpty: false } raw) return Math.Sign(_ascii.AsSpan().SequenceCompareTo(raw));
        return Math.Sign(string.CompareOrdinal(_key, ManifestCodec.KeyOfLine(line)));
    }
}
