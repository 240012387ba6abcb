using System.Diagnostics;

namespace CatalogTools.Tests.Shared;

/// <summary>The outcome of a `catalog` run in a child process: its exit code, whether it was killed (SIGKILL), and its output.</summary>
public sealed record ChildOutcome(int ExitCode, bool Killed, string Out, string Error);

/// <summary>
/// Runs the real `catalog` (the catalog.dll beside the tests) as a child process, for what cannot
/// happen in-process: being killed. <c>CATALOG_FAULT_AFTER_OPS=N</c> makes it kill itself after N
/// file operations; <see cref="Start"/> lets a test kill it from outside.
/// </summary>
public static class ChildRun
{
    public const string FaultVariable = "CATALOG_FAULT_AFTER_OPS";

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static ChildOutcome Run(string? faultAfter, params string[] args)
    {
        using var process = Start(faultAfter, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"catalog {string.Join(' ', args)} ran over {Limit}");
        }
        process.WaitForExit();
        return new ChildOutcome(process.ExitCode, process.ExitCode == 137, stdout.Result, stderr.Result);
    }

    /// <summary>Number of file operations the writers do in this run (from <c>CATALOG_FAULT_AFTER_OPS=count</c>).</summary>
    public static int CountOperations(params string[] args)
    {
        var outcome = Run("count", args);
        var line = outcome.Error.Split('\n').Last(l => l.StartsWith(FaultVariable + ": ", StringComparison.Ordinal));
        return int.Parse(line[(FaultVariable.Length + 2)..]);
    }

    public static Process Start(string? faultAfter, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "catalog.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment.Remove(FaultVariable);
        // The child's clock is the in-process runs' fixed clock: outside git a bundle's time is the clock's,
        // so a killed child's bundle is compared with a reference published at the same time.
        info.Environment["CATALOG_NOW"] = FixedClock.Default.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        if (faultAfter is not null) info.Environment[FaultVariable] = faultAfter;
        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
    }
}
