using CatalogTools.Core.Loading;
using CatalogTools.Publishing.Channels;
using CatalogTools.Publishing.Search;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// The search index of an incremental publish (Search/SearchIndexPatch): the previous index's files patched with the
/// changed guides must be, file for file and byte for byte, what a whole build of the new listing writes — for a
/// renamed guide (its tokens and chunks change), one moved to another region, one removed, one added, and layers cut
/// at a new level both ways. A missing or damaged previous file gives no patch (the caller builds the whole index).
/// </summary>
public sealed class SearchIndexPatchTests
{
    private static readonly Lazy<Core.Index.CatalogIndex> Sample = new(() => new CatalogLoader(CatalogLocation.Find(RepoPaths.SampleCatalog)!).Load().Index);

    /// <summary>4,000 guides with distinct codes: 登记 is in half the names (2,000: level 2), every name in 500.</summary>
    private static readonly Lazy<List<GuideListing>> Base = new(() => SearchIndexTests.Listing(Sample.Value, 4000)
        .Select((g, i) => g with { Code = g.Code + "-" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture) })
        .OrderBy(g => g.Code, StringComparer.Ordinal).ToList());

    private static readonly Lazy<SearchIndex> Before = new(() => SearchIndex.Build(Sample.Value, Base.Value));

    public static TheoryData<string> Edits => ["renamed", "moved to another region", "removed", "added", "登记 cut one level finer", "登记 cut one level coarser and 失业 gone"];

    [Theory]
    [MemberData(nameof(Edits))]
    public void The_patched_index_is_the_whole_build_of_the_new_listing(string edit)
    {
        var listing = Edit(Base.Value, edit);
        var expected = SearchIndex.Build(Sample.Value, listing);
        var patch = SearchIndexPatch.Of(Sample.Value, listing.Count, Changes(Base.Value, listing), p => Before.Value.Files.GetValueOrDefault(p));
        Assert.NotNull(patch);

        var actual = new SortedDictionary<string, byte[]>(Before.Value.Files.Where(f => !patch.Removed.Contains(f.Key)).ToDictionary(), StringComparer.Ordinal);
        foreach (var (path, bytes) in patch.Files) actual[path] = bytes;
        Assert.Equal(expected.Files.Keys, actual.Keys);
        foreach (var (path, bytes) in expected.Files) Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs");
        // Only what the edit touches is written: a few dozen shards, buckets and chunks, not the 1,000 files of the index.
        Assert.InRange(patch.Files.Count, 1, edit.Contains("level", StringComparison.Ordinal) ? 400 : 120);
        if (edit.Contains("level", StringComparison.Ordinal)) Assert.NotEmpty(patch.Removed);
    }

    [Fact]
    public void A_missing_or_damaged_previous_file_gives_no_patch()
    {
        var listing = Edit(Base.Value, "renamed");
        var changes = Changes(Base.Value, listing);
        var shard = SearchIndex.FileOf(SearchIndex.ShardKey(SearchIndex.ShardOf("食品", Before.Value.Shards)));
        Assert.Null(SearchIndexPatch.Of(Sample.Value, listing.Count, changes, p => p == shard ? null : Before.Value.Files.GetValueOrDefault(p)));
        foreach (var damage in new Func<byte[], byte[]>[] { b => b[..^5], b => [.. b[..^2], (byte)' ', .. b[^2..]], b => System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(b).Replace("[\"", "[\"x", StringComparison.Ordinal)) })
        {
            Assert.Null(SearchIndexPatch.Of(Sample.Value, listing.Count, changes, p => p == shard ? damage(Before.Value.Files[p]) : Before.Value.Files.GetValueOrDefault(p)));
        }
        // The shard and bucket counts change with the listing's size: then the whole index is built.
        var grown = Base.Value.Concat(Base.Value.Take(200).Select(g => g with { Code = g.Code + "B" })).ToList();
        Assert.Null(SearchIndexPatch.Of(Sample.Value, grown.Count, Changes(Base.Value, grown), p => Before.Value.Files.GetValueOrDefault(p)));
    }

    private static List<GuideListing> Edit(List<GuideListing> listing, string edit)
    {
        var regions = Sample.Value.Regions.Keys.Order(StringComparer.Ordinal).ToArray();
        var list = listing.ToList();
        switch (edit)
        {
            case "renamed":
                list[5] = list[5] with { Name = list[5].Name == "食品经营许可" ? "临时救助金给付" : "食品经营许可" };
                break;
            case "moved to another region":
                list[9] = list[9] with { Region = regions.First(r => r != list[9].Region) };
                break;
            case "removed":
                list.RemoveAt(20);
                break;
            case "added":
                list.Add(list[17] with { Code = list[17].Code + "A" });
                break;
            case "登记 cut one level finer":
                // 2,000 → 2,060 names: past 512 << 2.
                list.AddRange(list.Where(g => g.Name == "出生登记").Take(60).Select(g => g with { Code = g.Code + "N" }).ToList());
                break;
            default:
                // 2,000 → 1,000 names: level 1; 失业 was in 500 names (level 0 → gone).
                list.RemoveAll(g => g.Name is "失业登记" or "出生登记");
                break;
        }
        return list.OrderBy(g => g.Code, StringComparer.Ordinal).ToList();
    }

    private static ListingChanges Changes(List<GuideListing> before, List<GuideListing> after)
    {
        var old = before.ToDictionary(g => g.Code, StringComparer.Ordinal);
        var now = after.ToDictionary(g => g.Code, StringComparer.Ordinal);
        return new ListingChanges(Sample.Value, old.Keys.Union(now.Keys).Select(c => (old.GetValueOrDefault(c), now.GetValueOrDefault(c))).Select(p => ((GuideListing?)p.Item1, (GuideListing?)p.Item2)));
    }
}
