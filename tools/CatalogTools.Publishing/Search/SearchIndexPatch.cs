using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using CatalogTools.Core.Index;
using CatalogTools.Publishing.Channels;

namespace CatalogTools.Publishing.Search;

/// <summary>
/// The search index of an incremental publish made from the previous bundle's index files and the changed guides
/// only: the shards of the changed guides' tokens (before and after), the chunks of long layers that hold their codes,
/// and their document buckets are read, patched and written; every other search file stays as it is. A layer whose
/// count crosses a level (<see cref="SearchIndex.LevelOf"/>) is read whole and cut anew. The files equal what
/// <see cref="SearchIndex.Build(CatalogIndex, IReadOnlyList{GuideListing})"/> writes for the whole listing: each file
/// read is first written back from what was read of it and must come out byte for byte the same, else (or when the
/// shard and bucket counts change, or a file is missing or not what the manifest says) there is no patch and the
/// caller builds the whole index.
/// </summary>
internal sealed class SearchIndexPatch
{
    private readonly Func<string, byte[]?> _read;
    private readonly int _shards;
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);

    private SearchIndexPatch(Func<string, byte[]?> read, int shards)
    {
        _read = read;
        _shards = shards;
    }

    /// <summary>Search files to write (path → bytes), new or changed.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    /// <summary>Search files of the previous bundle the index no longer has.</summary>
    public IReadOnlySet<string> Removed => _removed;

    /// <param name="count">How many guides the new listing holds.</param>
    /// <param name="read">The previous bundle's file at a bundle path, checked against its manifest; null when missing or different.</param>
    public static SearchIndexPatch? Of(CatalogIndex index, int count, ListingChanges changes, Func<string, byte[]?> read)
    {
        var (shards, buckets) = SearchIndex.SizesOf(count);
        if (read(SearchIndex.FileOf(SearchIndex.MetaKey)) is not { } meta || !meta.AsSpan().SequenceEqual(SearchIndex.MetaBytes(shards, buckets))) return null;
        var patch = new SearchIndexPatch(read, shards);
        try
        {
            return patch.Apply(index, changes, buckets) ? patch : null;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            return null;
        }
    }

    private bool Apply(CatalogIndex index, ListingChanges changes, int buckets)
    {
        var synonyms = SearchSynonyms.Read(index.Root);
        var nameTokens = new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal);
        var bodyTokens = new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal);
        // Per token and layer ('n' names, 'b' region/agency): the codes leaving and the codes entering it.
        var moves = new Dictionary<(string Token, char Layer), (HashSet<string> Out, HashSet<string> In)>();
        var rows = new SortedDictionary<int, Dictionary<string, string[]?>>();
        (HashSet<string> Out, HashSet<string> In) Move(string token, char layer)
        {
            if (!moves.TryGetValue((token, layer), out var m)) moves[(token, layer)] = m = (new(StringComparer.Ordinal), new(StringComparer.Ordinal));
            return m;
        }
        void Row(string code, string[]? row)
        {
            var bucket = SearchIndex.BucketOf(code, buckets);
            if (!rows.TryGetValue(bucket, out var list)) rows[bucket] = list = new(StringComparer.Ordinal);
            list[code] = row;
        }
        foreach (var (before, after) in changes.Guides)
        {
            if (before is not null)
            {
                var entry = SearchIndex.EntryOf(index, synonyms, before, nameTokens, bodyTokens);
                foreach (var t in entry.Names) Move(t, 'n').Out.Add(before.Code);
                foreach (var t in entry.Bodies) Move(t, 'b').Out.Add(before.Code);
                Row(before.Code, null);
            }
            if (after is not null)
            {
                var entry = SearchIndex.EntryOf(index, synonyms, after, nameTokens, bodyTokens);
                foreach (var t in entry.Names) Move(t, 'n').In.Add(after.Code);
                foreach (var t in entry.Bodies) Move(t, 'b').In.Add(after.Code);
                Row(after.Code, entry.Row);
            }
        }

        foreach (var (bucket, changed) in rows)
        {
            var key = SearchIndex.BucketKey(bucket);
            using var json = Read(key);
            if (json is null) return false;
            var table = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var p in json.RootElement.EnumerateObject()) table[p.Name] = p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray();
            if (!Same(key, SearchIndex.BucketBytes(bucket, table))) return false;
            foreach (var (code, row) in changed)
            {
                if (row is null) table.Remove(code);
                else table[code] = row;
            }
            Write(key, SearchIndex.BucketBytes(bucket, table));
        }

        foreach (var shard in moves.Keys.Select(k => SearchIndex.ShardOf(k.Token, _shards)).Distinct().Order())
        {
            var key = SearchIndex.ShardKey(shard);
            using var json = Read(key);
            if (json is null) return false;
            var entries = new SortedDictionary<string, SearchIndex.ShardEntry>(StringComparer.Ordinal);
            foreach (var p in json.RootElement.EnumerateObject()) entries[p.Name] = EntryOf(p.Value);
            if (!Same(key, SearchIndex.ShardBytes(shard, entries))) return false;
            foreach (var ((token, layer), (leaving, entering)) in moves)
            {
                if (SearchIndex.ShardOf(token, _shards) != shard) continue;
                var empty = new SearchIndex.LayerPostings(0, 0, [[]]);
                var entry = entries.GetValueOrDefault(token) ?? new SearchIndex.ShardEntry(empty, empty);
                var patched = Layer(token, layer, layer == 'n' ? entry.Name : entry.Body, leaving, entering);
                if (patched is null) return false;
                entry = layer == 'n' ? entry with { Name = patched } : entry with { Body = patched };
                if (entry.Name.Count == 0 && entry.Body.Count == 0) entries.Remove(token);
                else entries[token] = entry;
            }
            Write(key, SearchIndex.ShardBytes(shard, entries));
        }
        return true;
    }

    /// <summary>One layer of a token with <paramref name="leaving"/> taken out and <paramref name="entering"/> put in; null when a file does not read back.</summary>
    private SearchIndex.LayerPostings? Layer(string token, char layer, SearchIndex.LayerPostings before, HashSet<string> leaving, HashSet<string> entering)
    {
        if (before.Level == 0) return Recut(token, layer, before.Level, Patched(before.Chunks[0], leaving, entering));
        // A chunked layer: only the chunks of the changed codes are read, unless the count leaves the level.
        var chunks = new Dictionary<int, List<string>>();
        var count = before.Count;
        foreach (var code in leaving.Concat(entering))
        {
            var c = SearchIndex.ChunkOf(code, before.Level);
            if (chunks.ContainsKey(c)) continue;
            if (ReadChunk(token, layer, before.Level, c) is not { } codes) return null;
            chunks[c] = codes;
        }
        foreach (var c in chunks.Keys.ToList())
        {
            var codes = chunks[c];
            var patched = Patched(codes, leaving, entering.Where(e => SearchIndex.ChunkOf(e, before.Level) == c));
            count += patched.Count - codes.Count;
            chunks[c] = patched;
        }
        if (SearchIndex.LevelOf(count, SearchIndex.ChunkSize) != before.Level)
        {
            var all = new List<string>(count);
            for (var c = 0; c < 1 << before.Level; c++)
            {
                if (chunks.TryGetValue(c, out var codes) || (codes = ReadChunk(token, layer, before.Level, c)) is not null) all.AddRange(codes);
                else return null;
            }
            all = Patched(all, leaving, entering);
            return Recut(token, layer, before.Level, all);
        }
        foreach (var (c, codes) in chunks) Write(SearchIndex.ChunkKey(token, layer, before.Level, c), SearchIndex.ChunkBytes(token, layer, before.Level, c, codes));
        return before with { Count = count };
    }

    /// <summary>A layer cut anew from all its codes: the old level's chunk files go, the new level's are written.</summary>
    private SearchIndex.LayerPostings Recut(string token, char layer, int oldLevel, List<string> codes)
    {
        var now = SearchIndex.Layer(codes, SearchIndex.ChunkSize);
        if (now.Level == oldLevel && oldLevel == 0) return now;
        for (var c = 0; oldLevel > 0 && c < 1 << oldLevel; c++) Remove(SearchIndex.ChunkKey(token, layer, oldLevel, c));
        for (var c = 0; now.Level > 0 && c < now.Chunks.Count; c++) Write(SearchIndex.ChunkKey(token, layer, now.Level, c), SearchIndex.ChunkBytes(token, layer, now.Level, c, now.Chunks[c]));
        return now;
    }

    /// <summary>Codes in order: those of <paramref name="codes"/> not leaving, and the entering ones.</summary>
    private static List<string> Patched(List<string> codes, HashSet<string> leaving, IEnumerable<string> entering)
    {
        var set = new SortedSet<string>(codes.Where(c => !leaving.Contains(c)), StringComparer.Ordinal);
        set.UnionWith(entering);
        return [.. set];
    }

    private List<string>? ReadChunk(string token, char layer, int level, int chunk)
    {
        var key = SearchIndex.ChunkKey(token, layer, level, chunk);
        using var json = Read(key);
        if (json is null) return null;
        var codes = Decode(json.RootElement.GetString()!);
        return Same(key, SearchIndex.ChunkBytes(token, layer, level, chunk, [.. codes])) ? codes : null;
    }

    /// <summary>A token's entry in its shard: [names, bodies?, nameCount?, bodyCount?] (see SearchIndex's shard files).</summary>
    private static SearchIndex.ShardEntry EntryOf(JsonElement value)
    {
        var parts = value.EnumerateArray().ToList();
        if (parts.Count is not (1 or 2 or 4)) throw new FormatException("shard entry");
        var chunked = parts.Count == 4;
        SearchIndex.LayerPostings LayerOf(int at)
        {
            if (at >= parts.Count) return new SearchIndex.LayerPostings(0, 0, [[]]);
            if (parts[at].ValueKind == JsonValueKind.Number)
            {
                // A chunked layer: its level here, its count after both layers.
                if (!chunked) throw new FormatException("level without counts");
                return new SearchIndex.LayerPostings(parts[at + 2].GetInt32(), parts[at].GetInt32(), []);
            }
            var codes = Decode(parts[at].GetString()!);
            return new SearchIndex.LayerPostings(codes.Count, 0, [codes]);
        }
        return new SearchIndex.ShardEntry(LayerOf(0), LayerOf(1));
    }

    /// <summary>The inverse of <see cref="SearchIndex.Encode"/>: codes front-coded, separated by spaces.</summary>
    private static List<string> Decode(string text)
    {
        var codes = new List<string>();
        if (text.Length == 0) return codes;
        var previous = "";
        foreach (var part in text.Split(' '))
        {
            if (part.Length == 0) throw new FormatException("empty code");
            var shared = "0123456789abcdefghijklmnopqrstuvwxyz".IndexOf(part[0], StringComparison.Ordinal);
            if (shared < 0 || shared > previous.Length) throw new FormatException("bad prefix");
            previous = string.Concat(previous.AsSpan(0, shared), part.AsSpan(1));
            codes.Add(previous);
        }
        return codes;
    }

    private readonly Dictionary<string, byte[]> _originals = new(StringComparer.Ordinal);

    /// <summary>The JSON of the previous bundle's search file <paramref name="key"/>, or null when it is missing or not shaped as SearchIndex writes it.</summary>
    private JsonDocument? Read(string key)
    {
        var path = SearchIndex.FileOf(key);
        if (_read(path) is not { } bytes) return null;
        var prefix = Encoding.UTF8.GetBytes("window.CATALOG_SEARCH_PART[\"" + key + "\"]=");
        if (!bytes.AsSpan().StartsWith(prefix) || !bytes.AsSpan().EndsWith(";\n"u8)) return null;
        _originals[key] = bytes;
        return JsonDocument.Parse(bytes.AsMemory(prefix.Length, bytes.Length - prefix.Length - 2));
    }

    /// <summary>Whether a file written back from what was read of it is the file read.</summary>
    private bool Same(string key, byte[] rewritten) => _originals.TryGetValue(key, out var original) && original.AsSpan().SequenceEqual(rewritten);

    private void Write(string key, byte[] bytes)
    {
        var path = SearchIndex.FileOf(key);
        _removed.Remove(path);
        _files[path] = bytes;
    }

    private void Remove(string key)
    {
        var path = SearchIndex.FileOf(key);
        _files.Remove(path);
        _removed.Add(path);
    }
}
