using System.Reflection;
using System.Xml.Linq;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests;

/// <summary>
/// Checks that a fast path's mirrored library is still the version it was proven equal to: the
/// version pinned in Directory.Packages.props and the one actually loaded must both be the
/// mirrored one.
/// </summary>
internal static class MirroredLibraryPin
{
    public static void AssertUnchanged(string package, Assembly loaded, string mirrored, string differentialTests)
    {
        var advice = $"{package} changed but the fast path mirrors {mirrored}: run `dotnet test tests/CatalogTools.Core.Tests --filter FullyQualifiedName~{differentialTests}`, " +
                     "fix any difference, then set the mirrored version to the new one.";
        Assert.True(PinnedVersion(package) == mirrored, $"Directory.Packages.props pins {package} {PinnedVersion(package)}. " + advice);
        var informational = loaded.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        var version = informational.Split('+')[0];
        Assert.True(version == mirrored, $"The loaded {package} is {version}. " + advice);
    }

    private static string? PinnedVersion(string package) =>
        XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .FirstOrDefault(e => (string?)e.Attribute("Include") == package)
            ?.Attribute("Version")?.Value;
}
