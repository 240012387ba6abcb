using CatalogTools.Core.Loading;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Loading;

/// <summary>
/// <see cref="CatalogLoader.EnumerateFiles"/> walks the folders below the top two levels on several threads:
/// the list must be what one sorted walk gives, and a folder link must not send the walk round a loop.
/// </summary>
public sealed class CatalogFileListTests : IDisposable
{
    private readonly TempCatalog _catalog = TempCatalog.Empty();

    private string Root => _catalog.CatalogDir;

    public void Dispose() => _catalog.Dispose();

    private void Touch(string relative) => _catalog.Write(relative, "code: X\n");

    /// <summary>One plain walk, sorted: YAML files only, no names starting with a dot.</summary>
    private static List<string> OneWalk(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => (f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)) && !f.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void The_sample_catalog_lists_as_one_sorted_walk()
    {
        var listed = CatalogLoader.EnumerateFiles(RepoPaths.SampleCatalog);
        Assert.True(listed.Count > 250);
        Assert.Equal(OneWalk(RepoPaths.SampleCatalog), listed);
    }

    [Fact]
    public void Files_of_the_top_two_levels_merge_in_order_with_the_deeper_folders()
    {
        // '-' sorts before '/', so a-b/ comes before a/ though "a" < "a-b": the folders are ordered as "name/".
        string[] files = ["a.yaml", "a/b.yaml", "a/x/c.yaml", "a-b/x/c.yaml", "a/x.yaml", "implementations/x.yaml", "implementations/1/2/3.yml",
            "implementations/10/x.yaml", "implementations/1-0/x.yaml", "z.yml", ".hidden/x.yaml", "a/.h/x.yaml", "a/x/notes.txt"];
        foreach (var file in files) Touch(file);

        var listed = CatalogLoader.EnumerateFiles(Root);

        Assert.Equal(OneWalk(Root), listed);
        Assert.Equal(10, listed.Count);
    }

    [Fact]
    public async Task A_folder_link_is_not_entered_so_a_link_to_an_ancestor_ends_the_walk()
    {
        Touch("implementations/360101/a.yaml");
        Touch("implementations/360101/deep/b.yaml");
        Touch("standards/s.yaml");
        Directory.CreateSymbolicLink(Path.Combine(Root, "implementations/360101/loop"), Path.Combine(Root, "implementations"));
        Directory.CreateSymbolicLink(Path.Combine(Root, "implementations/360101/deep/up"), Root);
        Directory.CreateSymbolicLink(Path.Combine(Root, "linked"), Path.Combine(Root, "standards"));
        File.CreateSymbolicLink(Path.Combine(Root, "standards/linked-file.yaml"), Path.Combine(Root, "standards/s.yaml"));

        // Before, the walk followed the links round until the path was too long: the test waits 30 s at most.
        var listed = await Task.Run(() => CatalogLoader.EnumerateFiles(Root)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["implementations/360101/a.yaml", "implementations/360101/deep/b.yaml", "standards/linked-file.yaml", "standards/s.yaml"], listed);
    }
}
