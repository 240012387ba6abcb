using Xunit;

namespace CatalogTools.Publishing.Tests.Support;

/// <summary>The sample catalog published once (<see cref="SampleBundle"/>), served, and one Chromium for the tests of the collection.</summary>
public sealed class ServedSample : ServedBundle
{
    public SampleBundle Bundle { get; } = new();

    public override string Output => Bundle.Output;

    protected override void DisposeBundle() => Bundle.Dispose();
}

/// <summary>The browser tests on the published sample share one publish, one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class ServedSampleCollection : ICollectionFixture<ServedSample>
{
    public const string Name = "served sample";
}

/// <summary>The sample with hostile text planted (<see cref="EscapingTests.HostileBundle"/>), published, served, and one Chromium.</summary>
public sealed class ServedHostileSample : ServedBundle
{
    public EscapingTests.HostileBundle Bundle { get; } = new();

    public override string Output => Bundle.Output;

    protected override void DisposeBundle() => Bundle.Dispose();
}
