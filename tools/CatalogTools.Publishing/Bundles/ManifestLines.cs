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

    private ManifestLines(byte[] bytes, List<Range> items, List<Range> files)
    {
        Bytes = bytes;
        Items = items;
        Files = files;
    }

    public byte[] Bytes { get; }

    /// <summary>Each item entry's bytes (no indentation, no comma), in manifest order (code order).</summary>
    public IReadOnlyList<Range> Items { get; }

    /// <summary>Each file entry's bytes, in manifest order (path order).</summary>
    public IReadOnlyList<Range> Files { get; }

    public ReadOnlySpan<byte> Entry(Range range) => Bytes.AsSpan(range);

    public static ManifestLines? Of(byte[] bytes)
    {
        var span = bytes.AsSpan();
        var items = span.IndexOf(ItemsStart);
        var files = span.IndexOf(FilesStart);
        if (items < 0 || files < items || !span.EndsWith(End)) return null;
        var itemRanges = Entries(span, items + ItemsStart.Length, files);
        var fileRanges = Entries(span, files + FilesStart.Length, span.Length - End.Length);
        return itemRanges is null || fileRanges is null ? null : new ManifestLines(bytes, itemRanges, fileRanges);
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
}
