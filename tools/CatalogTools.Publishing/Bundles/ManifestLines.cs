namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// The entry lines of a manifest written by <see cref="ManifestWriter"/> (catalog-bundle/3): where
/// each item and each file entry starts and ends, found without parsing the JSON. Null when the
/// bytes are not laid out that way (an older or hand-made manifest): then nothing is patched.
/// </summary>
internal sealed class ManifestLines
{
    private static readonly byte[] ItemsStart = "\n \"items\": ["u8.ToArray();
    private static readonly byte[] FilesStart = "\n ],\n \"files\": ["u8.ToArray();
    private static readonly byte[] End = "\n ]\n}\n"u8.ToArray();

    private readonly MappedFile _file;

    private ManifestLines(MappedFile file, List<Range> items, List<Range> files)
    {
        _file = file;
        Items = items;
        Files = files;
    }

    /// <summary>The manifest's size in bytes.</summary>
    public int Length => _file.Length;

    /// <summary>Each item entry's bytes (no indentation, no comma), in manifest order (code order).</summary>
    public IReadOnlyList<Range> Items { get; }

    /// <summary>Each file entry's bytes, in manifest order (path order).</summary>
    public IReadOnlyList<Range> Files { get; }

    public ReadOnlySpan<byte> Entry(Range range) => _file.Span[range];

    public static ManifestLines? Of(MappedFile file)
    {
        var span = file.Span;
        var items = span.IndexOf(ItemsStart);
        var files = span.IndexOf(FilesStart);
        if (items < 0 || files < items || !span.EndsWith(End)) return null;
        var itemRanges = Entries(span, items + ItemsStart.Length, files);
        var fileRanges = Entries(span, files + FilesStart.Length, span.Length - End.Length);
        return itemRanges is null || fileRanges is null ? null : new ManifestLines(file, itemRanges, fileRanges);
    }

    /// <summary>Lines "\n  {...}," between <paramref name="from"/> and <paramref name="to"/>; null when one is not shaped so.</summary>
    private static List<Range>? Entries(ReadOnlySpan<byte> span, int from, int to)
    {
        var list = new List<Range>();
        var at = from;
        while (at < to)
        {
            if (!span[at..].StartsWith("\n  {"u8)) return null;
            var start = at + 3;
            var newline = span[start..to].IndexOf((byte)'\n');
            var end = newline < 0 ? to : start + newline;
            var last = end - 1;
            if (span[last] == (byte)',') last--;
            if (span[last] != (byte)'}') return null;
            list.Add(new Range(start, last + 1));
            at = end;
        }
        return list;
    }

    /// <summary>
    /// The first value of an entry line as raw bytes when it is plain ASCII with no escape (the usual
    /// case); empty otherwise, and the caller decodes the line instead.
    /// </summary>
    public static ReadOnlySpan<byte> RawKey(ReadOnlySpan<byte> line)
    {
        var open = line.IndexOf("\":\""u8);
        if (open < 0) return [];
        var rest = line[(open + 3)..];
        var close = rest.IndexOf((byte)'"');
        if (close <= 0) return [];
        var key = rest[..close];
        return key.IndexOf((byte)'\\') >= 0 || !System.Text.Ascii.IsValid(key) ? [] : key;
    }
}
