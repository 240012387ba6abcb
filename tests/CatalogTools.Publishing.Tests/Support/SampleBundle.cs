using CatalogTools.Core.Loading;

namespace CatalogTools.Publishing.Tests.Support;

/// <summary>The sample catalog published once for all read-only tests of a class (xunit class fixture).</summary>
public sealed class SampleBundle : IDisposable
{
    public SampleBundle()
    {
        Repo = GitCatalog.CreateSample(SampleEdits.FillEveryElement);
        Output = Repo.Out("out");
        var outcome = Repo.Publish(Output);
        if (outcome.ExitCode != 0) throw new InvalidOperationException("publish failed: " + outcome.Error + outcome.Out);
        Index = new CatalogLoader(CatalogLocation.Find(Repo.CatalogDir)!).Load().Index;
    }

    public GitCatalog Repo { get; }
    public string Output { get; }
    public Core.Index.CatalogIndex Index { get; }

    public string Channel(string name) => Path.Combine(Output, name);

    public void Dispose() => Repo.Dispose();
}
