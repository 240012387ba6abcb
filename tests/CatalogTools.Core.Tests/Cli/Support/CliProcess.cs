using System.Diagnostics;
using System.Text;
using CatalogTools.Tests.Shared;

namespace CatalogTools.Core.Tests.Cli.Support;

/// <summary>
/// Runs the built `catalog` (catalog.dll beside the tests) as a process of its own: with stdout and
/// stderr piped, or on a pseudo-terminal through util-linux `script`, as a person at a terminal would.
/// </summary>
public static class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "catalog.dll");

    /// <summary>stdout and stderr piped (not a terminal).</summary>
    public static CliOutcome Piped(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliOutcome(process.ExitCode, output, error.Result);
    }

    /// <summary>On a pseudo-terminal: everything the terminal received (stdout and stderr together, escapes included).</summary>
    public static (int ExitCode, string Screen) OnTerminal(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var command = string.Join(" ", new[] { "dotnet", Dll }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var arg in new[] { "-q", "-e", "-c", command, "/dev/null" }) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var screen = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, screen + error.Result);
    }

    private static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
