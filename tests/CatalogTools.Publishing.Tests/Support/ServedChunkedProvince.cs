using CatalogTools.Core.Generation;
using CatalogTools.Core.Loading;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Search;
using CatalogTools.Tests.Shared;

namespace CatalogTools.Publishing.Tests.Support;

/// <summary>
/// A generated province of 1,500 implementations (as <see cref="ServedProvince"/>) published to the web channel, whose
/// search index is then rebuilt with chunks of 32 codes instead of 512: a word in every item (合成) is cut into 64
/// chunks and a word in a tenth of the names (户籍, 登记) into 8, as at 10^5 with the real size, without generating 10^5.
/// </summary>
public sealed class ServedChunkedProvince : ServedBundle
{
    public const int ChunkSize = 32;

    public ServedChunkedProvince()
    {
        Catalog = TempCatalog.Empty();
        new ProvinceGenerator(ServedProvince.Implementations, 7).Write(Catalog.CatalogDir);
        Bundle = Path.Combine(Catalog.Root, "out");
        var outcome = CliRun.Run("publish", "--catalog", Catalog.CatalogDir, "-o", Bundle, "--templates", RepoPaths.Templates, "--channel", "web", "--quiet");
        if (outcome.ExitCode != 0) throw new InvalidOperationException("publish failed: " + outcome.Error + outcome.Out);

        var index = new CatalogLoader(CatalogLocation.Find(Catalog.CatalogDir)!).Load().Index;
        Search = SearchIndex.Build(index, Publisher.Prepare(index, []), ChunkSize);
        var folder = Path.Combine(Bundle, "web", SearchIndex.Folder);
        Directory.Delete(folder, recursive: true);
        foreach (var (path, bytes) in Search.Files)
        {
            var file = Path.Combine(Bundle, "web", path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, bytes);
        }
    }

    public TempCatalog Catalog { get; }

    public string Bundle { get; }

    /// <summary>The index served in web/search/.</summary>
    public SearchIndex Search { get; }

    public override string Output => Bundle;

    protected override void DisposeBundle() => Catalog.Dispose();
}
