using CatalogTools.Cli;
using CatalogTools.Core.Tests.Cli.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Cli;

/// <summary>
/// Progress on long work: drawn on a terminal (a pseudo-terminal here), and never when output is
/// piped, with --quiet, or with a machine format.
/// </summary>
public sealed class ProgressTests
{
    /// <summary>Spectre.Console hides the cursor while it draws the progress.</summary>
    private const string HideCursor = "\u001b[?25l";

    [Fact]
    public void CheckShowsWhatItDoesAndHowFarOnATerminal()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var (code, screen) = CliProcess.OnTerminal(null, "check", "--catalog", catalog.CatalogDir, "--no-cache");
        Assert.Equal(0, code);
        Assert.Contains(HideCursor, screen, StringComparison.Ordinal);
        Assert.Contains("读取文件", screen);
        Assert.Matches(@"\d+/286", screen);
        Assert.Contains("运行规则", screen);
        Assert.Contains("检查了 286 个文件", screen);
    }

    [Fact]
    public void FmtAndLockShowProgressInEnglishWithLangEn()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var fmt = CliProcess.OnTerminal(null, "--lang", "en", "fmt", "--check", "--catalog", catalog.CatalogDir, "--no-cache");
        Assert.Contains("formatting files", fmt.Screen);
        var lockRun = CliProcess.OnTerminal(null, "lock", "--lang", "en", "--catalog", catalog.CatalogDir, "--no-cache");
        Assert.Contains("hashing items", lockRun.Screen);
    }

    [Fact]
    public void GenerateCountsTheImplementationsItWrites()
    {
        var output = Path.Combine(Path.GetTempPath(), "catalog-generate-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var (code, screen) = CliProcess.OnTerminal(null, "generate", "-o", output, "--implementations", "300");
            Assert.Equal(0, code);
            Assert.Contains("生成合成目录", screen);
            Assert.Matches(@"\d+/300", screen);
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void PublishShowsTheFilesItReadsAndThePhasesItFinishes()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var output = Path.Combine(catalog.Root, "site");
        var (code, screen) = CliProcess.OnTerminal(null, "publish", "--catalog", catalog.CatalogDir, "-o", output, "--channel", "web", "--no-cache");
        Assert.Equal(0, code);
        Assert.Contains("读取文件", screen);
        Assert.Contains("发布：", screen);
    }

    /// <summary>
    /// The launcher's first build, with a stand-in `dotnet` on PATH that builds three projects in
    /// three seconds: on a terminal it counts the projects built and the seconds; piped, one line.
    /// </summary>
    [Fact]
    public void TheLauncherShowsItsFirstBuildOnATerminal()
    {
        var root = Path.Combine(Path.GetTempPath(), "catalog-launcher-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "bin"));
            Directory.CreateDirectory(Path.Combine(root, "tools", "CatalogTools.Cli"));
            foreach (var folder in new[] { "schemas", "templates" }) Directory.CreateDirectory(Path.Combine(root, folder));
            File.Copy(Path.Combine(RepoPaths.Root, "catalog.sh"), Path.Combine(root, "catalog.sh"));
            File.Copy(Path.Combine(RepoPaths.Root, "tools", "CatalogTools.Cli", "CatalogTools.Cli.csproj"), Path.Combine(root, "tools", "CatalogTools.Cli", "CatalogTools.Cli.csproj"));
            File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), "<Project />");
            var fake = Path.Combine(root, "bin", "dotnet");
            File.WriteAllText(fake, """
                #!/usr/bin/env bash
                if [[ "$1" == build || "$1" == publish ]]; then
                  for p in Core Rules Excel; do sleep 1; echo "  CatalogTools.$p -> /x/CatalogTools.$p.dll"; done
                  out="$(dirname "$2")/bin/Release/net10.0"
                  while (($#)); do [[ "$1" == -o ]] && out="$2"; shift; done
                  mkdir -p "$out"; touch "$out/catalog.dll"; exit 0
                fi
                echo "ran $2"
                """.Replace("\r", "", StringComparison.Ordinal));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var start = new System.Diagnostics.ProcessStartInfo("script", ["-q", "-e", "-c", Path.Combine(root, "catalog.sh") + " check", "/dev/null"])
            {
                RedirectStandardOutput = true,
                RedirectStandardInput = true,
            };
            start.Environment["PATH"] = Path.Combine(root, "bin") + ":" + Environment.GetEnvironmentVariable("PATH");
            using var process = System.Diagnostics.Process.Start(start)!;
            process.StandardInput.Close();
            var screen = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            Assert.Matches(@"正在构建工具 [1-3]/\d+ 个项目，\d+s", screen);
            Assert.Contains("ran check", screen);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("--format", "json")]
    [InlineData("--format", "sarif")]
    [InlineData("--format", "github")]
    [InlineData("--quiet")]
    [InlineData("-q")]
    public void NoProgressInMachineFormatsOrWhenQuiet(params string[] options)
    {
        using var catalog = TempCatalog.CopyOfSample();
        var (code, screen) = CliProcess.OnTerminal(null, ["check", "--catalog", catalog.CatalogDir, "--no-cache", .. options]);
        Assert.Equal(0, code);
        Assert.DoesNotContain(HideCursor, screen, StringComparison.Ordinal);
        Assert.DoesNotContain("读取文件", screen);
    }

    [Fact]
    public void NoProgressWhenPiped()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var outcome = CliProcess.Piped(null, "check", "--catalog", catalog.CatalogDir, "--no-cache");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Error);
        Assert.DoesNotContain("\u001b", outcome.Out, StringComparison.Ordinal);
        Assert.StartsWith("检查了 286 个文件", outcome.Out);
    }

    [Fact]
    public void TheProgressGoesToStderrAndStdoutKeepsOnlyTheReport()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CatalogCli.Run(["check", "--catalog", catalog.CatalogDir, "--no-cache"], new CliConsole(stdout, stderr, false) { ShowsProgress = true }, FixedClock.Default);
        Assert.Equal(0, code);
        Assert.Contains("读取文件", stderr.ToString());
        Assert.StartsWith("检查了 286 个文件", stdout.ToString());
        Assert.DoesNotContain("\u001b", stdout.ToString(), StringComparison.Ordinal);
    }
}
