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
/// <item>search/t/HEX.js — the tokens whose FNV-1a hash falls in that shard, each with the codes whose name holds it
/// and the codes whose region or agency holds it (ranked after names);</item>
/// <item>search/d/HEX.js — what a result shows (name, region, agency, type) of the items whose code hashes there.</item>
/// </list>
/// Postings name items by code, not by position, so a changed item rewrites only the shards of its own tokens
/// and its own bucket. Each file is `window.CATALOG_SEARCH_PART["KEY"]=JSON;` (a script, so it loads from file:// too).
/// </summary>
public sealed class SearchIndex
{
    public const string Folder = "search/";

    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>Path → bytes of every search file, in path order.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public int Shards { get; private init; }

    public int Buckets { get; private init; }

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

        var byShard = new SortedDictionary<string, List<string>>[shards];
        for (var s = 0; s < shards; s++) byShard[s] = [];
        foreach (var (token, lists) in postings) byShard[(int)(Fnv1a(token) & (uint)(shards - 1))][token] = [Encode(lists.Name), Encode(lists.Body)];

        result.Add("meta", w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
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
                foreach (var (token, lists) in shard)
                {
                    w.WriteStartArray(token);
                    w.WriteStringValue(lists[0]);
                    if (lists[1].Length > 0) w.WriteStringValue(lists[1]);
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
