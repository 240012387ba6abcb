using System.Diagnostics;

namespace CatalogTools.Tests.Shared;

/// <summary>The outcome of `catalog` run as a child process: exit code, output, wall time, peak resident memory, and whether it was killed at the timeout.</summary>
public sealed record BoundedOutcome(int ExitCode, string Out, string Error, TimeSpan Elapsed, long PeakBytes, bool TimedOut)
{
    /// <summary>What a crash of the runtime prints (an unhandled exception, a stack overflow, running out of memory).</summary>
    public bool Crashed => Error.Contains("Unhandled exception", StringComparison.Ordinal) || Error.Contains("Stack overflow", StringComparison.Ordinal)
        || Error.Contains("OutOfMemoryException", StringComparison.Ordinal) || ExitCode is 134 or 137 or 139;

    public override string ToString() => $"exit {ExitCode}, {Elapsed.TotalSeconds:0.0} s, peak {PeakBytes / (1024 * 1024)} MB{(TimedOut ? ", TIMED OUT" : "")}\n{Out}\n{Error}";
}

/// <summary>
/// Runs the real `catalog` (catalog.dll beside the test) in its own process, for tests whose input
/// could crash or exhaust the process: the test's own limits (a timeout, a managed-heap cap) bound it,
/// and its peak resident memory is read from /proc (VmHWM) while it runs.
/// </summary>
public static class BoundedCliProcess
{
    public static BoundedOutcome Run(TimeSpan timeout, long heapLimitBytes, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "catalog.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        // A hard cap on the managed heap: an unbounded reader fails here instead of taking the machine's memory.
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + heapLimitBytes.ToString("X");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var peak = 0L;
        var timedOut = false;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, PeakResident(process.Id));
            if (clock.Elapsed <= timeout) continue;
            timedOut = true;
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            break;
        }
        process.WaitForExit();
        return new BoundedOutcome(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed, peak, timedOut);
    }

    /// <summary>VmHWM (the high-water mark of resident memory) of a running process, in bytes; 0 once it is gone.</summary>
    private static long PeakResident(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var kb = line[6..].Trim().Split(' ')[0];
                return long.Parse(kb, System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return 0;
    }
}
