namespace CatalogTools.Core.Schema;

/// <summary>
/// The NJsonSchema release <see cref="SchemaFastPath"/> mirrors (its validator's typing, lengths,
/// patterns and comparisons). A test fails when the package version changes, so the differential
/// tests are re-run before this number is moved on.
/// </summary>
internal static class MirroredNJsonSchema
{
    public const string Version = "11.6.2";
}
