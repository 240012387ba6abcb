using CatalogTools.Core.Yaml;
using Xunit;

namespace CatalogTools.Core.Tests.Yaml;

/// <summary><see cref="SimpleYamlReader"/> is proven equal to one YamlDotNet release; a new one needs the differential tests again.</summary>
public sealed class YamlDotNetPinTests
{
    [Fact]
    public void TheYamlDotNetInUseIsTheOneTheFastPathMirrors() =>
        MirroredLibraryPin.AssertUnchanged("YamlDotNet", typeof(YamlDotNet.Core.Parser).Assembly, MirroredYamlDotNet.Version, nameof(SimpleYamlReaderTests));
}
