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
/// <item>search/t/HEX.js — the tokens whose FNV-1a hash falls in that shard, each with its first chunk of postings: the
/// codes whose name holds it, then the codes whose region or agency holds it (ranked after names);</item>
/// <item>search/p/TOKEN-KEY.js — the further chunks of a token whose postings do not fit one (very common words:
/// 办理, 登记, an agency word in every item), each naming the next, loaded only when a page of results needs them;</item>
/// <item>search/d/HEX.js — what a result shows (name, region, agency, type) of the items whose code hashes there.</item>
/// </list>
/// Postings name items by code, not by position, so a changed item rewrites only the shards of its own tokens
/// and its own bucket; chunk boundaries fall after codes whose hash says so (<see cref="EndsChunk"/>) and chunks are named
/// by their first code, so an added item moves no boundary and rewrites only the chunk it lands in (and the one before,
/// when it starts a chunk). Each file is `window.CATALOG_SEARCH_PART["KEY"]=JSON;`
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
    /// Codes per chunk of postings, on average: a chunk of front-coded codes is 5–15 KB, so the first query for a word
    /// in every item at 10^5 loads one such chunk per token instead of the whole list (about 1.5 MB).
    /// </summary>
    public const int ChunkSize = 512;

    /// <summary>No chunk holds more than this many codes, however the hashes fall.</summary>
    public const int MaxChunk = 4 * ChunkSize;

    public static SearchIndex Build(CatalogIndex index, IReadOnlyList<GuideListing> listing)
    {
        var synonyms = SearchSynonyms.Read(index.Root);
        var shards = PowerOfTwo(listing.Count / 16, 8, 8192);
        var buckets = PowerOfTwo(listing.Count / 64, 1, 4096);
        var result = new SearchIndex { Shards = shards, Buckets = buckets };

        // Names, regions and agencies repeat across many items: each distinct text is tokenized once.
        var nameTokens = new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal);
        var bodyTokens = new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal);
        var postings = new Dictionary<string, (List<string> Name, List<string> Body)>(StringComparer.Ordinal);
        var docs = new SortedDictionary<string, string[]>[buckets];
        for (var b = 0; b < buckets; b++) docs[b] = new(StringComparer.Ordinal);

        foreach (var guide in listing)
        {
            var region = index.Regions.TryGetValue(guide.Region, out var r) ? r.Name : guide.Region;
            var agency = index.Agencies.TryGetValue(guide.Agency, out var a) ? a.Name : guide.Agency;
            var name = nameTokens.GetOrAdd(guide.Name, n => Tokens(set => SearchText.AddName(n, synonyms, set)));
            var own = Tokens(set => SearchText.AddCode(guide.Code, set));
            foreach (var token in name.Concat(own)) Posting(postings, token).Name.Add(guide.Code);
            var body = bodyTokens.GetOrAdd(region + "\u0001" + agency, _ => Tokens(set => { SearchText.AddBody(region, set); SearchText.AddBody(agency, set); }));
            foreach (var token in body)
            {
                if (Array.BinarySearch(name, token, StringComparer.Ordinal) < 0 && Array.BinarySearch(own, token, StringComparer.Ordinal) < 0) Posting(postings, token).Body.Add(guide.Code);
            }
            docs[(int)(Fnv1a(guide.Code) & (uint)(buckets - 1))][guide.Code] = [guide.Name, region, agency, guide.Type];
        }

        var byShard = new SortedDictionary<string, ShardEntry>[shards];
        for (var s = 0; s < shards; s++) byShard[s] = [];
        foreach (var (token, lists) in postings)
        {
            var chunks = Chunks(lists.Name, lists.Body);
            var keys = ChunkKeys(token, chunks);
            var first = chunks[0];
            byShard[(int)(Fnv1a(token) & (uint)(shards - 1))][token] =
                new ShardEntry(Encode(first.Name), Encode(first.Body), chunks.Sum(c => c.Name.Count), chunks.Sum(c => c.Body.Count), chunks.Count, keys.Count > 1 ? keys[1] : "");
            for (var n = 1; n < chunks.Count; n++)
            {
                var chunk = chunks[n];
                var next = n + 1 < keys.Count ? keys[n + 1] : "";
                result.Add(ChunkPrefix(token) + keys[n], w =>
                {
                    w.WriteStartArray();
                    w.WriteStringValue(Encode(chunk.Name));
                    w.WriteStringValue(Encode(chunk.Body));
                    w.WriteStringValue(next);
                    w.WriteEndArray();
                });
            }
        }

        result.Add("meta", w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", 2);
            w.WriteNumber("shards", shards);
            w.WriteNumber("buckets", buckets);
            w.WriteEndObject();
        });
        for (var s = 0; s < shards; s++)
        {
            var shard = byShard[s];
            result.Add("t/" + Hex(s), w =>
            {
                w.WriteStartObject();
                foreach (var (token, entry) in shard)
                {
                    w.WriteStartArray(token);
                    w.WriteStringValue(entry.Name);
                    if (entry.Chunks > 1)
                    {
                        // A chunked token: the first chunk's names and bodies, how many names and bodies in all, the chunk
                        // count and the key of the second chunk (each chunk file names the next).
                        w.WriteStringValue(entry.Body);
                        w.WriteNumberValue(entry.NameTotal);
                        w.WriteNumberValue(entry.BodyTotal);
                        w.WriteNumberValue(entry.Chunks);
                        w.WriteStringValue(entry.Next);
                    }
                    else if (entry.Body.Length > 0) w.WriteStringValue(entry.Body);
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            });
        }
        for (var b = 0; b < buckets; b++)
        {
            var bucket = docs[b];
            result.Add("d/" + Hex(b), w =>
            {
                w.WriteStartObject();
                foreach (var (code, row) in bucket)
                {
                    w.WriteStartArray(code);
                    foreach (var value in row) w.WriteStringValue(value);
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            });
        }
        return result;
    }

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

    /// <summary>Where a token's further chunks live: "p/" and its UTF-16 code units in hex (a plain file name for any token), then "-".</summary>
    public static string ChunkPrefix(string token)
    {
        var key = new System.Text.StringBuilder("p/", 3 + token.Length * 4);
        foreach (var c in token) key.Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
        return key.Append('-').ToString();
    }

    /// <summary>
    /// Each chunk's key after <see cref="ChunkPrefix"/>: the FNV-1a of its first code in hex (so an added item renames no
    /// other chunk; the chunks are a linked list, each naming the next), with a counter in the unlikely case two
    /// chunks of one token start with codes of the same hash. Chunk 0 lives in the shard and has no key.
    /// </summary>
    public static List<string> ChunkKeys(string token, List<(List<string> Name, List<string> Body)> chunks)
    {
        var keys = new List<string> { "" };
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 1; n < chunks.Count; n++)
        {
            var first = chunks[n].Name.Count > 0 ? chunks[n].Name[0] : chunks[n].Body[0];
            var key = Fnv1a(first).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
            for (var extra = 2; !used.Add(key); extra++) key = Fnv1a(first).ToString("x8", System.Globalization.CultureInfo.InvariantCulture) + "-" + extra.ToString(System.Globalization.CultureInfo.InvariantCulture);
            keys.Add(key);
        }
        return keys;
    }

    /// <summary>
    /// A token's postings in rank order — names in code order, then region/agency hits in code order — cut into
    /// chunks: one ends after a code whose hash is ≡ −1 mod <see cref="ChunkSize"/> (so boundaries do not move when
    /// items come and go) or at <see cref="MaxChunk"/> codes. Always at least one chunk.
    /// </summary>
    public static List<(List<string> Name, List<string> Body)> Chunks(List<string> name, List<string> body)
    {
        name = name.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        body = body.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var chunks = new List<(List<string> Name, List<string> Body)>();
        var current = (Name: new List<string>(), Body: new List<string>());
        void Take(string code, bool isName)
        {
            (isName ? current.Name : current.Body).Add(code);
            if (current.Name.Count + current.Body.Count >= MaxChunk || EndsChunk(code))
            {
                chunks.Add(current);
                current = ([], []);
            }
        }
        foreach (var code in name) Take(code, true);
        foreach (var code in body) Take(code, false);
        if (current.Name.Count + current.Body.Count > 0 || chunks.Count == 0) chunks.Add(current);
        return chunks;
    }

    private static bool EndsChunk(string code) => Fnv1a(code) % ChunkSize == ChunkSize - 1;

    /// <summary>A token in its shard: the first chunk, front-coded, and the totals when there are more chunks.</summary>
    private sealed record ShardEntry(string Name, string Body, int NameTotal, int BodyTotal, int Chunks, string Next);

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

    private void Add(string key, Action<Utf8JsonWriter> json)
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
        _files[Folder + key + ".js"] = stream.ToArray();
    }

    private static string Hex(int value) => value.ToString("x", System.Globalization.CultureInfo.InvariantCulture);

    private static int PowerOfTwo(int wanted, int min, int max)
    {
        var value = min;
        while (value < wanted && value < max) value <<= 1;
        return value;
    }
}
