using System.Collections.Concurrent;
using System.Text.Json;
using CatalogTools.Core.Index;
using CatalogTools.Publishing.Channels;
using CatalogTools.Publishing.Guides;

namespace CatalogTools.Publishing.Search;

/// <summary>
/// The client-side search index as small script files under search/, so that a query downloads only what it needs:
/// <list type="bullet">
/// <item>search/meta.js — the shard and bucket counts (both powers of two, so they change only when the
/// number of items doubles or halves);</item>
/// <item>search/t/HEX.js — the tokens whose FNV-1a hash falls in that shard, each with two postings lists (layers): the
/// codes whose name holds it, and the codes whose region or agency holds it (ranked after names). A layer of at most
/// <see cref="ChunkSize"/> codes is written there whole; a longer one is written as its level L and its total;</item>
/// <item>search/p/TOKEN-{n|b}L-C.js — chunk C of a long layer (n: names, b: region/agency): the codes whose hash has C
/// as its top L bits (<see cref="ChunkOf"/>), loaded only when a page of results needs them;</item>
/// <item>search/d/HEX.js — what a result shows (name, region, agency, type) of the items whose code hashes there.</item>
/// </list>
/// Chunks are aligned across tokens: chunk C at level L of every token covers the same slice of the items (the codes
/// whose hash starts with the L bits of C), and the slices of different levels nest, so a query of several words
/// intersects the words slice by slice — chunk C of one with the chunk of the other that covers the same slice — and
/// two common words meet in their first chunks. Cutting each token's list by its own rank order (the index before)
/// put different items in the first chunks of two words, whose intersection was then empty.
/// Postings name items by code, not by position, so a changed item rewrites only the shards of its own tokens, its own
/// chunk of each long layer and its own bucket; a layer's level follows its count, so a token whose count crosses a
/// power of two is cut anew (once per doubling). Each file is `window.CATALOG_SEARCH_PART["KEY"]=JSON;`
/// (a script, so it loads from file:// too).
/// </summary>
public sealed class SearchIndex
{
    public const string Folder = "search/";

    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>Path → bytes of every search file, in path order.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public int Shards { get; private init; }

    public int Buckets { get; private init; }

    /// <summary>
    /// Most codes a layer holds in its shard, and about the most a chunk holds: a layer longer than this is cut into
    /// 2^L chunks, L the smallest level that leaves at most this many per chunk on average (so 256–512). A chunk of
    /// front-coded codes is 3–6 KB, so the first query for a word in every item at 10^5 loads one chunk per layer
    /// instead of its whole list (about 1.5 MB).
    /// </summary>
    public const int ChunkSize = 512;

    /// <summary>No layer is cut finer than 2^12 chunks (reached at about 2×10^6 items holding one token).</summary>
    public const int MaxLevel = 12;

    public static SearchIndex Build(CatalogIndex index, IReadOnlyList<GuideListing> listing) => Build(index, listing, ChunkSize);

    /// <summary>As <see cref="Build(CatalogIndex, IReadOnlyList{GuideListing})"/> with another chunk size: tests cut a small province into many chunks with it.</summary>
    internal static SearchIndex Build(CatalogIndex index, IReadOnlyList<GuideListing> listing, int chunkSize)
    {
        var synonyms = SearchSynonyms.Read(index.Root);
        var (shards, buckets) = SizesOf(listing.Count);
        var result = new SearchIndex { Shards = shards, Buckets = buckets };

        // Names, regions and agencies repeat across many items: each distinct text is tokenized once.
        var nameTokens = new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal);
        var bodyTokens = new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal);
        var postings = new Dictionary<string, (List<string> Name, List<string> Body)>(StringComparer.Ordinal);
        var docs = new SortedDictionary<string, string[]>[buckets];
        for (var b = 0; b < buckets; b++) docs[b] = new(StringComparer.Ordinal);

        foreach (var guide in listing)
        {
            var entry = EntryOf(index, synonyms, guide, nameTokens, bodyTokens);
            foreach (var token in entry.Names) Posting(postings, token).Name.Add(guide.Code);
            foreach (var token in entry.Bodies) Posting(postings, token).Body.Add(guide.Code);
            docs[BucketOf(guide.Code, buckets)][guide.Code] = entry.Row;
        }

        var byShard = new SortedDictionary<string, ShardEntry>[shards];
        for (var s = 0; s < shards; s++) byShard[s] = [];
        foreach (var (token, lists) in postings)
        {
            var name = Layer(lists.Name, chunkSize);
            var body = Layer(lists.Body, chunkSize);
            byShard[ShardOf(token, shards)][token] = new ShardEntry(name, body);
            foreach (var (layer, mark) in new[] { (name, 'n'), (body, 'b') })
            {
                for (var c = 0; layer.Level > 0 && c < layer.Chunks.Count; c++) result._files[FileOf(ChunkKey(token, mark, layer.Level, c))] = ChunkBytes(token, mark, layer.Level, c, layer.Chunks[c]);
            }
        }

        result._files[FileOf(MetaKey)] = MetaBytes(shards, buckets);
        for (var s = 0; s < shards; s++) result._files[FileOf(ShardKey(s))] = ShardBytes(s, byShard[s]);
        for (var b = 0; b < buckets; b++) result._files[FileOf(BucketKey(b))] = BucketBytes(b, docs[b]);
        return result;
    }

    internal const string MetaKey = "meta";

    /// <summary>How many token shards and document buckets a listing of <paramref name="count"/> guides gets.</summary>
    internal static (int Shards, int Buckets) SizesOf(int count) => (PowerOfTwo(count / 16, 8, 8192), PowerOfTwo(count / 64, 1, 4096));

    internal static int ShardOf(string token, int shards) => (int)(Fnv1a(token) & (uint)(shards - 1));

    internal static int BucketOf(string code, int buckets) => (int)(Fnv1a(code) & (uint)(buckets - 1));

    internal static string ShardKey(int shard) => "t/" + Hex(shard);

    internal static string BucketKey(int bucket) => "d/" + Hex(bucket);

    /// <summary>The bundle path of the search file <paramref name="key"/>.</summary>
    internal static string FileOf(string key) => Folder + key + ".js";

    /// <summary>
    /// What one guide puts in the index: the tokens whose names layer lists it (its name's and its code's), those whose
    /// region/agency layer lists it (its region's and agency's, less those), and its row in its bucket. The caches hold
    /// each distinct name's and region/agency pair's tokens.
    /// </summary>
    internal static GuideEntry EntryOf(CatalogIndex index, SearchSynonyms synonyms, GuideListing guide,
        ConcurrentDictionary<string, string[]> nameTokens, ConcurrentDictionary<string, string[]> bodyTokens)
    {
        var region = index.Regions.TryGetValue(guide.Region, out var r) ? r.Name : guide.Region;
        var agency = index.Agencies.TryGetValue(guide.Agency, out var a) ? a.Name : guide.Agency;
        var name = nameTokens.GetOrAdd(guide.Name, n => Tokens(set => SearchText.AddName(n, synonyms, set)));
        var own = Tokens(set => SearchText.AddCode(guide.Code, set));
        var body = bodyTokens.GetOrAdd(region + "\u0001" + agency, _ => Tokens(set => { SearchText.AddBody(region, set); SearchText.AddBody(agency, set); }));
        var bodies = new List<string>(body.Length);
        foreach (var token in body)
        {
            if (Array.BinarySearch(name, token, StringComparer.Ordinal) < 0 && Array.BinarySearch(own, token, StringComparer.Ordinal) < 0) bodies.Add(token);
        }
        return new GuideEntry([.. name, .. own], [.. bodies], [guide.Name, region, agency, guide.Type]);
    }

    /// <summary>One guide's tokens in the names layer (may repeat), in the region/agency layer, and its document row.</summary>
    internal sealed record GuideEntry(string[] Names, string[] Bodies, string[] Row);

    internal static byte[] MetaBytes(int shards, int buckets) => FileBytes(MetaKey, w =>
    {
        w.WriteStartObject();
        w.WriteNumber("version", 3);
        w.WriteNumber("shards", shards);
        w.WriteNumber("buckets", buckets);
        w.WriteEndObject();
    });

    internal static byte[] ChunkBytes(string token, char mark, int level, int chunk, List<string> codes)
    {
        var text = Encode(codes);
        return FileBytes(ChunkKey(token, mark, level, chunk), w => w.WriteStringValue(text));
    }

    internal static byte[] ShardBytes(int shard, SortedDictionary<string, ShardEntry> entries) => FileBytes(ShardKey(shard), w =>
    {
        w.WriteStartObject();
        foreach (var (token, entry) in entries)
        {
            // [names, bodies]: each the front-coded codes, or the level of a chunked layer; then, when a layer
            // is chunked, how many names and bodies in all. [names] alone when no body hit and nothing is chunked.
            w.WriteStartArray(token);
            entry.Name.Write(w);
            var chunked = entry.Name.Level > 0 || entry.Body.Level > 0;
            if (chunked || entry.Body.Count > 0) entry.Body.Write(w);
            if (chunked)
            {
                w.WriteNumberValue(entry.Name.Count);
                w.WriteNumberValue(entry.Body.Count);
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    });

    internal static byte[] BucketBytes(int bucket, SortedDictionary<string, string[]> rows) => FileBytes(BucketKey(bucket), w =>
    {
        w.WriteStartObject();
        foreach (var (code, row) in rows)
        {
            w.WriteStartArray(code);
            foreach (var value in row) w.WriteStringValue(value);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    });

    /// <summary>FNV-1a over UTF-16 code units; search.js computes the same to find a token's shard and a code's bucket.</summary>
    public static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return hash;
    }

    /// <summary>
    /// Codes in ordinal order, each as one base-36 digit (how many leading characters it shares with the code
    /// before it, at most 35) and the rest, separated by spaces: implementation codes share long prefixes
    /// (basic code, region), so this halves the index. search.js decodes it.
    /// </summary>
    public static string Encode(List<string> codes)
    {
        if (codes.Count == 0) return "";
        codes.Sort(StringComparer.Ordinal);
        var text = new System.Text.StringBuilder(codes.Count * 12);
        var previous = "";
        foreach (var code in codes)
        {
            if (code == previous) continue;
            var shared = 0;
            var limit = Math.Min(35, Math.Min(code.Length - 1, previous.Length));
            while (shared < limit && code[shared] == previous[shared]) shared++;
            if (text.Length > 0) text.Append(' ');
            text.Append("0123456789abcdefghijklmnopqrstuvwxyz"[shared]).Append(code, shared, code.Length - shared);
            previous = code;
        }
        return text.ToString();
    }

    /// <summary>Where a token's chunks live: "p/" and its UTF-16 code units in hex (a plain file name for any token), then "-".</summary>
    public static string ChunkPrefix(string token)
    {
        var key = new System.Text.StringBuilder("p/", 3 + token.Length * 4);
        foreach (var c in token) key.Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
        return key.Append('-').ToString();
    }

    /// <summary>
    /// Which chunk of a layer cut at <paramref name="level"/> holds <paramref name="code"/>: the top <paramref name="level"/>
    /// bits of its FNV-1a hash, the same for every token (search.js computes the same). Chunk C at level L covers chunks
    /// 2C and 2C+1 at level L+1.
    /// </summary>
    public static int ChunkOf(string code, int level) => level == 0 ? 0 : (int)(Fnv1a(code) >> (32 - level));

    /// <summary>The smallest level that leaves at most <paramref name="chunkSize"/> codes per chunk on average (0: not cut).</summary>
    public static int LevelOf(int count, int chunkSize)
    {
        var level = 0;
        while (level < MaxLevel && count > (long)chunkSize << level) level++;
        return level;
    }

    /// <summary>The file of chunk <paramref name="chunk"/> of a token's names ('n') or region/agency hits ('b') cut at <paramref name="level"/>.</summary>
    public static string ChunkKey(string token, char layer, int level, int chunk) =>
        ChunkPrefix(token) + layer + level.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Hex(chunk);

    /// <summary>
    /// One layer of a token's postings: its distinct codes, and when there are more than <paramref name="chunkSize"/>,
    /// cut into 2^level chunks by <see cref="ChunkOf"/> (every chunk present, empty or not, so search.js asks for no
    /// missing file). Chunks keep code order.
    /// </summary>
    internal static LayerPostings Layer(List<string> codes, int chunkSize)
    {
        var distinct = codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var level = LevelOf(distinct.Count, chunkSize);
        if (level == 0) return new LayerPostings(distinct.Count, 0, [distinct]);
        var chunks = new List<string>[1 << level];
        for (var c = 0; c < chunks.Length; c++) chunks[c] = [];
        foreach (var code in distinct) chunks[ChunkOf(code, level)].Add(code);
        return new LayerPostings(distinct.Count, level, chunks);
    }

    /// <summary>A layer as its shard holds it: the codes when not cut, else its level.</summary>
    internal sealed record LayerPostings(int Count, int Level, IReadOnlyList<List<string>> Chunks)
    {
        public void Write(Utf8JsonWriter w)
        {
            if (Level > 0) w.WriteNumberValue(Level);
            else w.WriteStringValue(Encode(Chunks[0]));
        }
    }

    /// <summary>A token in its shard: its names and its region/agency hits.</summary>
    internal sealed record ShardEntry(LayerPostings Name, LayerPostings Body);

    private static (List<string> Name, List<string> Body) Posting(Dictionary<string, (List<string> Name, List<string> Body)> postings, string token)
    {
        if (!postings.TryGetValue(token, out var lists))
        {
            lists = ([], []);
            postings[token] = lists;
        }
        return lists;
    }

    private static string[] Tokens(Action<HashSet<string>> add)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        add(set);
        var tokens = set.ToArray();
        Array.Sort(tokens, StringComparer.Ordinal);
        return tokens;
    }

    private static byte[] FileBytes(string key, Action<Utf8JsonWriter> json)
    {
        using var stream = new MemoryStream();
        stream.Write("window.CATALOG_SEARCH_PART[\""u8);
        stream.Write(System.Text.Encoding.UTF8.GetBytes(key));
        stream.Write("\"]="u8);
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = GuideJson.SafeEncoder }))
        {
            json(w);
        }
        stream.Write(";\n"u8);
        return stream.ToArray();
    }

    private static string Hex(int value) => value.ToString("x", System.Globalization.CultureInfo.InvariantCulture);

    private static int PowerOfTwo(int wanted, int min, int max)
    {
        var value = min;
        while (value < wanted && value < max) value <<= 1;
        return value;
    }
}
