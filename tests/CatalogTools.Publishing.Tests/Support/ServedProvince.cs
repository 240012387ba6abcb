using CatalogTools.Core.Generation;
using CatalogTools.Tests.Shared;

namespace CatalogTools.Publishing.Tests.Support;

/// <summary>
/// A generated province of 1,500 implementations (one county of 900 items, its townships and villages: a county that
/// needs 45 pages at 20 a page, a province and a city without items of their own), published, served and one Chromium.
/// </summary>
public sealed class ServedProvince : ServedBundle
{
    public const int Implementations = 1500;

    public ServedProvince()
    {
        Catalog = TempCatalog.Empty();
        new ProvinceGenerator(Implementations, 7).Write(Catalog.CatalogDir);
        Bundle = Path.Combine(Catalog.Root, "out");
        var outcome = CliRun.Run("publish", "--catalog", Catalog.CatalogDir, "-o", Bundle, "--templates", RepoPaths.Templates, "--channel", "all", "--quiet");
        if (outcome.ExitCode != 0) throw new InvalidOperationException("publish failed: " + outcome.Error + outcome.Out);
    }

    public TempCatalog Catalog { get; }

    public string Bundle { get; }

    public override string Output => Bundle;

    protected override void DisposeBundle() => Catalog.Dispose();
}
