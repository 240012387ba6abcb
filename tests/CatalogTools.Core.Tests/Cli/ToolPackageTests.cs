using CatalogTools.Core.Tests.Cli.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Cli;

/// <summary>
/// The CLI as a .NET tool: packed from this build, installed from the package into a temporary
/// tool path, and run as `catalog` from a subfolder of a catalog repository that has no schemas/ or
/// templates/ of its own (the tool carries them).
/// </summary>
public sealed class ToolPackageTests
{
    [Fact]
    public void PackedToolInstallsAndChecksFromASubfolderOfACatalogRepository()
    {
        var work = Directory.CreateTempSubdirectory("catalog-tool-").FullName;
        try
        {
            var packages = Path.Combine(work, "packages");
            var pack = ProcessRun.Run("dotnet", ["pack", Path.Combine(RepoPaths.Root, "tools", "CatalogTools.Cli", "CatalogTools.Cli.csproj"),
                "-c", BuildConfiguration(), "--no-build", "-o", packages, "--nologo"], RepoPaths.Root);
            Assert.True(pack.ExitCode == 0, pack.ToString());
            Assert.Single(Directory.GetFiles(packages, "CatalogTools.Cli.*.nupkg"));

            // Its own NuGet folder, so an earlier package of the same version cannot stand in for this one.
            var toolPath = Path.Combine(work, "tools");
            var install = ProcessRun.Run("dotnet", ["tool", "install", "--tool-path", toolPath, "--add-source", packages, "CatalogTools.Cli"], work,
                new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(work, "nuget") });
            Assert.True(install.ExitCode == 0, install.ToString());
            var catalog = Path.Combine(toolPath, "catalog");
            Assert.True(File.Exists(catalog), "no catalog command in the tool path");

            // A catalog repository: catalog/ and catalog.lock only, with one defect.
            var repository = Path.Combine(work, "province");
            TempCatalog.CopyDirectory(RepoPaths.SampleCatalog, Path.Combine(repository, "catalog"));
            File.Copy(Path.Combine(RepoPaths.Root, "catalog.lock"), Path.Combine(repository, "catalog.lock"));
            const string implementation = "catalog/implementations/230125/CJ00101001-230125-112301250745715780.yaml";
            var text = File.ReadAllText(Path.Combine(repository, implementation));
            File.WriteAllText(Path.Combine(repository, implementation), text.Replace("agency: \"112301250745715780\"", "agency: \"112301251234567889\"", StringComparison.Ordinal));
            var subfolder = Path.Combine(repository, "catalog", "implementations", "230125");
            var environment = new Dictionary<string, string?> { ["DOTNET_ROOT"] = DotnetRoot() };

            var check = ProcessRun.Run(catalog, ["check", "--format", "github"], subfolder, environment);
            Assert.True(check.ExitCode == 1, check.ToString());
            var annotations = ReportLocations.Read("github", check.Out);
            Assert.All(annotations, a => Assert.True(File.Exists(Path.Combine(repository, a.File)), a.File));
            var agencyLine = Array.FindIndex(File.ReadAllLines(Path.Combine(repository, implementation)), l => l.Contains("112301251234567889", StringComparison.Ordinal)) + 1;
            Assert.Contains(new ReportLocation(implementation, agencyLine), annotations);

            var lockCheck = ProcessRun.Run(catalog, ["lock", "--check"], subfolder, environment);
            Assert.True(lockCheck.ExitCode == 1, lockCheck.ToString()); // the edit is not in the lock yet
            Assert.Contains("CAT0101", lockCheck.Out);

            // Templates come with the tool too (the planted defect's item is left out: publish refuses errors otherwise).
            var publish = ProcessRun.Run(catalog, ["publish", "-o", Path.Combine(work, "out"), "--channel", "kiosk", "--skip-invalid"], subfolder, environment);
            Assert.True(publish.ExitCode == 0, publish.ToString());
            Assert.True(File.Exists(Path.Combine(work, "out", "manifest.json")) || Directory.EnumerateFiles(Path.Combine(work, "out"), "manifest.json", SearchOption.AllDirectories).Any());
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Debug or Release: the configuration this test assembly (and so the CLI it references) was built in.</summary>
    private static string BuildConfiguration() => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>The .NET installation running this test (…/shared/Microsoft.NETCore.App/VERSION/ → its root), for the tool's launcher.</summary>
    private static string DotnetRoot() => new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location)!).Parent!.Parent!.Parent!.FullName;
}
