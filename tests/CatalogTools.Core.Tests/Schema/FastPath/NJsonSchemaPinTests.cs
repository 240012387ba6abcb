using CatalogTools.Core.Schema;
using Xunit;

namespace CatalogTools.Core.Tests.Schema;

/// <summary><see cref="SchemaFastPath"/> is proven equal to one NJsonSchema release; a new one needs the differential tests again.</summary>
public sealed class NJsonSchemaPinTests
{
    [Fact]
    public void TheNJsonSchemaInUseIsTheOneTheFastPathMirrors() =>
        MirroredLibraryPin.AssertUnchanged("NJsonSchema", typeof(NJsonSchema.JsonSchema).Assembly, MirroredNJsonSchema.Version, nameof(SchemaFastPathTests));
}
