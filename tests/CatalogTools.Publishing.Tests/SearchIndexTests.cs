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
        Assert.All(before.Files.Keys, p => Assert.Matches(@"^search/(meta|t/[0-9a-f]+|d/[0-9a-f]+|p/[0-9a-f]+-[0-9a-f]{8}(-[0-9]+)?)\.js$", p));
        Assert.All(before.Files.Values, bytes => Assert.True(bytes.Length < 64 * 1024, $"{bytes.Length} bytes"));

        var added = listing[17] with { Code = listing[17].Code + "A" };
        var after = SearchIndex.Build(index, [.. listing, added]);
        var changed = after.Files.Where(f => !before.Files.TryGetValue(f.Key, out var old) || !f.Value.AsSpan().SequenceEqual(old)).Select(f => f.Key).ToList();
        Assert.Contains("search/d/" + (SearchIndex.Fnv1a(added.Code) & 63).ToString("x") + ".js", changed);
        Assert.DoesNotContain("search/meta.js", changed);
        Assert.True(changed.Count(p => !p.StartsWith("search/p/", StringComparison.Ordinal)) <= 60, $"{changed.Count} of {after.Files.Count} files changed: {string.Join(", ", changed)}");
        // Chunks are cut where codes' hashes say and named by their first code: a token's other chunks stay as they were.
        foreach (var token in changed.Where(p => p.StartsWith("search/p/", StringComparison.Ordinal)).GroupBy(p => p[..p.LastIndexOf('-', p.Length - 4)]))
        {
            Assert.True(token.Count() <= 2, $"{token.Count()} chunks of {token.Key} rewritten: {string.Join(", ", token)}");
        }
    }

    [Fact]
    public void A_word_in_thousands_of_items_is_cut_into_chunks_names_first_that_together_hold_every_code_once()
    {
        var index = Sample.Value;
        var listing = Listing(index, 20_000).Select((g, i) => g with { Code = g.Code + "-" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture) }).ToList();
        var built = SearchIndex.Build(index, listing);
        // 社会保障: in the name of every 社会保障卡申领 (one name in eight) and in the agency 人力资源和社会保障局 of others.
        const string token = "社会保障";
        var entry = Shard(built, token).GetProperty(token);
        Assert.Equal(6, entry.GetArrayLength());
        var names = listing.Where(g => g.Name.Contains(token, StringComparison.Ordinal)).Select(g => g.Code).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names.Count, entry[2].GetInt32());
        Assert.True(entry[3].GetInt32() > 0, "no item matched through its agency");

        var order = new List<(string Code, bool Name)>();
        order.AddRange(Decode(entry[0].GetString()!).Select(c => (c, true)));
        order.AddRange(Decode(entry[1].GetString()!).Select(c => (c, false)));
        var next = entry[5].GetString()!;
        var read = 1;
        while (next.Length > 0)
        {
            var file = built.Files[SearchIndex.Folder + SearchIndex.ChunkPrefix(token) + next + ".js"];
            Assert.True(file.Length < 64 * 1024, $"chunk of {file.Length} bytes");
            var chunk = Part(file);
            order.AddRange(Decode(chunk[0].GetString()!).Select(c => (c, true)));
            order.AddRange(Decode(chunk[1].GetString()!).Select(c => (c, false)));
            next = chunk[2].GetString()!;
            read++;
        }
        Assert.Equal(entry[4].GetInt32(), read);
        Assert.True(read > 3, $"{read} chunks");
        Assert.Equal(names, order.TakeWhile(o => o.Name).Select(o => o.Code).ToList()); // every name hit first, in code order
        Assert.DoesNotContain(order.SkipWhile(o => o.Name), o => o.Name);
        Assert.Equal(entry[2].GetInt32() + entry[3].GetInt32(), order.Select(o => o.Code).Distinct().Count());
        Assert.Equal(order.Count, order.Select(o => o.Code).Distinct().Count());
        Assert.True(ShardFile(built, token).Length < 64 * 1024, $"shard of {ShardFile(built, token).Length} bytes");
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
    private static List<GuideListing> Listing(Core.Index.CatalogIndex index, int count)
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
