using CatalogTools.Core.Loading;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Channels;
using CatalogTools.Publishing.Search;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// The search index as publish writes it (Search/SearchIndex): the tokens a name gives (pairs, jieba words, pinyin
/// initials, synonyms from registries/synonyms.yaml), the files' layout, and that a change rewrites only the files it
/// touches. The browser side is in <see cref="SearchBrowserTests"/>.
/// </summary>
public sealed class SearchIndexTests
{
    private static readonly Lazy<Core.Index.CatalogIndex> Sample = new(() => new CatalogLoader(CatalogLocation.Find(RepoPaths.SampleCatalog)!).Load().Index);

    [Fact]
    public void A_name_gives_pairs_words_initials_and_the_words_of_its_synonym_group()
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        SearchText.AddName("社会保障卡申领", SearchSynonyms.Read(RepoPaths.SampleCatalog), tokens);
        Assert.Superset(new HashSet<string> { "社会", "会保", "保障", "障卡", "卡申", "申领" }, tokens);
        Assert.Contains("社会保障", tokens); // a jieba word
        Assert.Superset(new HashSet<string> { "sh", "shb", "shbz", "shbzk", "shbzks", "shbzksl", "sl" }, tokens);
        Assert.Superset(new HashSet<string> { "社保", "sb", "社会保险", "shbx" }, tokens); // synonyms.yaml: words 社保, 社会保障, 社会保险
        Assert.DoesNotContain("卡", tokens);
    }

    [Fact]
    public void No_token_is_one_character_long()
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        SearchText.AddName("户籍登记（第1项）", SearchSynonyms.Read(RepoPaths.SampleCatalog), tokens);
        SearchText.AddBody("合成1县第1镇第1村", tokens);
        SearchText.AddBody("村", tokens);
        Assert.Contains("户籍", tokens);
        Assert.Contains("合成", tokens);
        Assert.DoesNotContain(tokens, t => t.Length < 2);
    }

    [Fact]
    public void Full_width_letters_and_digits_are_normalized_and_a_code_is_a_token_whole_and_by_its_basic_code()
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        SearchText.AddName("ＡＢＣ证明", SearchSynonyms.None, tokens);
        Assert.Contains("abc", tokens);
        SearchText.AddCode("GG00101001-230125-11230125010320163G", tokens);
        Assert.Contains("gg00101001-230125-11230125010320163g", tokens);
        Assert.Contains("gg00101001", tokens);
    }

    [Fact]
    public void Pinyin_initials_come_from_the_generated_table_and_a_character_without_one_gives_none()
    {
        Assert.Equal("jmsfzhl", PinyinInitials.Of("居民身份证换领"));
        Assert.Equal("sfz", PinyinInitials.Of("身份证"));
        Assert.Null(PinyinInitials.Of("身份a"));
    }

    [Fact]
    public void Postings_are_front_coded_in_code_order()
    {
        Assert.Equal("0GG00101001-230125-1 iX f83-2", SearchIndex.Encode(["GG00101001-230183-2", "GG00101001-230125-1", "GG00101001-230125-X"]));
        Assert.Equal("", SearchIndex.Encode([]));
    }

    [Fact]
    public void The_index_is_split_into_shards_buckets_and_chunks_and_one_added_item_rewrites_only_its_own_files()
    {
        var index = Sample.Value;
        var listing = Listing(index, 4000);
        var before = SearchIndex.Build(index, listing);
        Assert.Equal(256, before.Shards);
        Assert.Equal(64, before.Buckets);
        var chunks = before.Files.Keys.Count(k => k.StartsWith("search/p/", StringComparison.Ordinal));
        Assert.True(chunks > 0, "no token of 4,000 items was cut into chunks");
        Assert.Equal(1 + 256 + 64 + chunks, before.Files.Count);
        Assert.All(before.Files.Keys, p => Assert.Matches(@"^search/(meta|t/[0-9a-f]+|d/[0-9a-f]+|p/[0-9a-f]+-[nb][0-9]+-[0-9a-f]+)\.js$", p));
        Assert.All(before.Files.Values, bytes => Assert.True(bytes.Length < 64 * 1024, $"{bytes.Length} bytes"));

        var added = listing[17] with { Code = listing[17].Code + "A" };
        var after = SearchIndex.Build(index, [.. listing, added]);
        var changed = after.Files.Where(f => !before.Files.TryGetValue(f.Key, out var old) || !f.Value.AsSpan().SequenceEqual(old)).Select(f => f.Key).ToList();
        Assert.Contains("search/d/" + (SearchIndex.Fnv1a(added.Code) & 63).ToString("x") + ".js", changed);
        Assert.DoesNotContain("search/meta.js", changed);
        Assert.True(changed.Count(p => !p.StartsWith("search/p/", StringComparison.Ordinal)) <= 60, $"{changed.Count} of {after.Files.Count} files changed: {string.Join(", ", changed)}");
        // A chunk holds the codes of one slice of the hash space: the added item rewrites the one chunk of its slice in each
        // long layer of its tokens, unless that layer's count crossed a power of two and it was cut at a new level.
        foreach (var layer in changed.Where(p => p.StartsWith("search/p/", StringComparison.Ordinal)).GroupBy(p => p[..p.LastIndexOf('-')]))
        {
            var recut = !before.Files.Keys.Any(k => k.StartsWith(layer.Key + "-", StringComparison.Ordinal));
            Assert.True(layer.Count() == 1 || recut, $"{layer.Count()} chunks of {layer.Key} rewritten: {string.Join(", ", layer)}");
        }
        Assert.True(changed.Count(p => p.StartsWith("search/p/", StringComparison.Ordinal)) <= 60, $"{changed.Count} chunks changed");
    }

    [Fact]
    public void A_word_in_thousands_of_items_is_cut_into_chunks_that_hold_its_names_and_its_other_hits_each_once()
    {
        var (listing, built) = Twenty.Value;
        // 社会保障: in the name of every 社会保障卡申领 (one name in eight) and in the agency 人力资源和社会保障局 of others.
        const string token = "社会保障";
        var entry = Shard(built, token).GetProperty(token);
        Assert.Equal(4, entry.GetArrayLength());
        var names = listing.Where(g => g.Name.Contains(token, StringComparison.Ordinal)).Select(g => g.Code).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names.Count, entry[2].GetInt32());
        Assert.True(entry[3].GetInt32() > 0, "no item matched through its agency");

        var byName = Layer(built, token, 'n');
        var byBody = Layer(built, token, 'b');
        Assert.Equal(SearchIndex.LevelOf(names.Count, SearchIndex.ChunkSize), byName.Level);
        Assert.True(byName.Level >= 2, $"names cut at level {byName.Level}");
        Assert.Equal(names, byName.Chunks.SelectMany(c => c).Order(StringComparer.Ordinal).ToList());
        var body = byBody.Chunks.SelectMany(c => c).ToList();
        Assert.Equal(entry[3].GetInt32(), body.Count);
        Assert.Equal(body.Count, body.Distinct().Count());
        Assert.Empty(body.Intersect(names)); // a name hit is not repeated among region/agency hits
        Assert.All(byName.Chunks, c => Assert.InRange(c.Count, 1, SearchIndex.ChunkSize * 2));
        Assert.True(ShardFile(built, token).Length < 64 * 1024, $"shard of {ShardFile(built, token).Length} bytes");
    }

    [Fact]
    public void Chunk_i_of_every_token_covers_the_same_items_so_two_words_meet_chunk_by_chunk()
    {
        var (listing, built) = Twenty.Value;
        var layers = built.Files.Keys.Where(k => k.StartsWith("search/p/", StringComparison.Ordinal)).Select(k => k[..k.LastIndexOf('-')]).Distinct().ToList();
        Assert.True(layers.Count > 20, $"{layers.Count} chunked layers");

        // Every chunk C at level L holds exactly the codes of the layer whose hash starts with the L bits of C: the same
        // slice of the items, whichever the token.
        foreach (var key in layers)
        {
            var level = int.Parse(key[(key.LastIndexOf('-') + 2)..], System.Globalization.CultureInfo.InvariantCulture);
            for (var c = 0; c < 1 << level; c++)
            {
                var file = built.Files[key + "-" + c.ToString("x") + ".js"];
                Assert.True(file.Length < 64 * 1024, $"{key}-{c:x}: {file.Length} bytes");
                Assert.All(Decode(Part(file).GetString()!), code => Assert.Equal(c, SearchIndex.ChunkOf(code, level)));
            }
        }

        // Two words in thousands of items at different levels (登记 in half the names, 社会保障 in an eighth): their
        // intersection is the union, over the slices of the finer level, of chunk i of one with the chunk of the other
        // that covers slice i; the first slices alone already hold a page of it.
        var dengji = Layer(built, "登记", 'n');
        var shebao = Layer(built, "社会保障", 'n');
        var bodyOf = Layer(built, "社会保障", 'b');
        Assert.True(dengji.Level > shebao.Level && shebao.Level > 0, $"levels {dengji.Level} and {shebao.Level}");
        var both = listing.Where(g => g.Name.Contains("登记", StringComparison.Ordinal) && (g.Name.Contains("社会保障", StringComparison.Ordinal) || bodyOf.Chunks.Any(c => c.Contains(g.Code)))).Select(g => g.Code).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(both);
        var finest = Math.Max(dengji.Level, Math.Max(shebao.Level, bodyOf.Level));
        var met = new List<string>();
        var firstSlice = -1;
        for (var i = 0; i < 1 << finest; i++)
        {
            var other = InSlice(shebao, finest, i).Concat(InSlice(bodyOf, finest, i)).ToHashSet(StringComparer.Ordinal);
            var here = InSlice(dengji, finest, i).Where(other.Contains).ToList();
            if (firstSlice < 0 && met.Count + here.Count > 20) firstSlice = i;
            met.AddRange(here);
        }
        Assert.Equal(both, met.Order(StringComparer.Ordinal).ToList());
        Assert.InRange(firstSlice, 0, 3);
    }

    /// <summary>The codes of a layer in slice <paramref name="i"/> at level <paramref name="finest"/>: from the one chunk that covers it.</summary>
    private static IEnumerable<string> InSlice((int Level, List<List<string>> Chunks) layer, int finest, int i) =>
        layer.Chunks[i >> (finest - layer.Level)].Where(c => SearchIndex.ChunkOf(c, finest) == i);

    /// <summary>20,000 listing rows with distinct codes and their index, shared by the tests that read chunks.</summary>
    private static readonly Lazy<(List<GuideListing> Listing, SearchIndex Built)> Twenty = new(() =>
    {
        var listing = Listing(Sample.Value, 20_000).Select((g, i) => g with { Code = g.Code + "-" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture) }).ToList();
        return (listing, SearchIndex.Build(Sample.Value, listing));
    });

    /// <summary>A token's names ('n') or region/agency hits ('b') as its shard and chunk files hold them: the level and each chunk's codes.</summary>
    private static (int Level, List<List<string>> Chunks) Layer(SearchIndex built, string token, char layer)
    {
        var entry = Shard(built, token).GetProperty(token);
        var value = entry[layer == 'n' ? 0 : 1];
        if (value.ValueKind == System.Text.Json.JsonValueKind.String) return (0, [Decode(value.GetString()!)]);
        var level = value.GetInt32();
        var chunks = new List<List<string>>();
        for (var c = 0; c < 1 << level; c++) chunks.Add(Decode(Part(built.Files[SearchIndex.Folder + SearchIndex.ChunkKey(token, layer, level, c) + ".js"]).GetString()!));
        return (level, chunks);
    }

    /// <summary>The shard that holds <paramref name="token"/>, as JSON (the object of tokens).</summary>
    private static System.Text.Json.JsonElement Shard(SearchIndex built, string token) => Part(ShardFile(built, token));

    private static byte[] ShardFile(SearchIndex built, string token) =>
        built.Files[SearchIndex.Folder + "t/" + (SearchIndex.Fnv1a(token) & (uint)(built.Shards - 1)).ToString("x") + ".js"];

    /// <summary>The JSON of a search file: <c>window.CATALOG_SEARCH_PART["KEY"]=JSON;</c>.</summary>
    private static System.Text.Json.JsonElement Part(byte[] file)
    {
        var text = System.Text.Encoding.UTF8.GetString(file);
        var json = text[(text.IndexOf("]=", StringComparison.Ordinal) + 2)..].TrimEnd('\n', ';');
        return System.Text.Json.JsonDocument.Parse(json).RootElement.Clone();
    }

    /// <summary>The inverse of <see cref="SearchIndex.Encode"/>, as search.js decodes it.</summary>
    private static List<string> Decode(string text)
    {
        var codes = new List<string>();
        var previous = "";
        foreach (var entry in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var code = previous[.."0123456789abcdefghijklmnopqrstuvwxyz".IndexOf(entry[0], StringComparison.Ordinal)] + entry[1..];
            codes.Add(code);
            previous = code;
        }
        return codes;
    }

    [Fact]
    public void An_update_that_changes_no_search_text_leaves_every_search_file_as_it_was()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        repo.Temp.Replace("implementations/230125/GG00101001-230125-11230125010320163G.yaml", "hours: 工作日 8:30-11:30，13:00-16:30（法定节假日除外）", "hours: 工作日 9:00-17:00");
        repo.Commit("hours", GitCatalog.FirstCommit.AddDays(1));
        Assert.Equal(0, repo.Publish(output, "--since", output).ExitCode);
        foreach (var channel in new[] { "web", "kiosk" })
        {
            var delta = BundleDelta.Parse(File.ReadAllBytes(Path.Combine(output, channel, BundleManifest.DeltaFileName)))!;
            Assert.DoesNotContain(delta.ChangedFiles, f => f.StartsWith(SearchIndex.Folder, StringComparison.Ordinal));
        }

        // A new synonym changes shards only: the result rows stay.
        repo.Temp.Replace(SearchSynonyms.RelativePath, "      - 离退休\n", "      - 离退休\n  - words:\n      - 救助\n      - 救济\n");
        repo.Commit("synonym", GitCatalog.FirstCommit.AddDays(2));
        var update = repo.Publish(output, "--since", output);
        Assert.True(update.ExitCode == 0, update.Error);
        var web = BundleDelta.Parse(File.ReadAllBytes(Path.Combine(output, "web", BundleManifest.DeltaFileName)))!;
        Assert.Contains(web.ChangedFiles, f => f.StartsWith("search/t/", StringComparison.Ordinal));
        Assert.DoesNotContain(web.ChangedFiles, f => f.StartsWith("search/d/", StringComparison.Ordinal));
        Assert.Contains("救济", string.Concat(Directory.GetFiles(Path.Combine(output, "web", "search", "t")).Select(File.ReadAllText)));
    }

    [Fact]
    public void Check_validates_synonyms_yaml_against_its_schema()
    {
        using var temp = TempCatalog.CopyOfSample();
        temp.Write(SearchSynonyms.RelativePath, "# yaml-language-server: $schema=../../schemas/synonyms.schema.json\ngroups:\n  - words:\n      - 社保\n");
        var outcome = CliRun.Run("check", "--catalog", temp.CatalogDir, "--lang", "en");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("registries/synonyms.yaml", outcome.Out);
        Assert.Contains("error CAT0004 'groups[0].words' does not match synonyms.schema.json", outcome.Out);
    }

    /// <summary><paramref name="count"/> listing rows made from the sample's regions, agencies and names, with made-up codes.</summary>
    internal static List<GuideListing> Listing(Core.Index.CatalogIndex index, int count)
    {
        var names = new[] { "社会保障卡申领", "居民身份证换领", "内地居民结婚登记", "失业登记", "城乡居民基本医疗保险参保登记", "食品经营许可", "出生登记", "临时救助金给付" };
        var regions = index.Regions.Keys.Order(StringComparer.Ordinal).ToArray();
        var agencies = index.Agencies.Keys.Order(StringComparer.Ordinal).ToArray();
        return Enumerable.Range(0, count)
            .Select(i => new GuideListing($"GG{i % 97:D5}001-{regions[i % regions.Length]}-{agencies[i % agencies.Length]}", regions[i % regions.Length], agencies[i % agencies.Length], names[i % names.Length], "公共服务", ""))
            .OrderBy(g => g.Code, StringComparer.Ordinal)
            .ToList();
    }
}
