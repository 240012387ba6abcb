namespace CatalogTools.Core.Yaml;

/// <summary>
/// The YamlDotNet release <see cref="SimpleYamlReader"/> was compared against. A test fails when the
/// package version changes, so the differential tests are re-run before this number is moved on.
/// </summary>
internal static class MirroredYamlDotNet
{
    public const string Version = "18.1.0";
}
