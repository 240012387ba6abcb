using System.Diagnostics;

namespace CatalogTools.Core.Writing;

/// <summary>
/// Crash-safety test hook: with <c>CATALOG_FAULT_AFTER_OPS=N</c> in the environment the process
/// kills itself with SIGKILL (as <c>kill -9</c> would: no finally blocks, no flushing) right after
/// the Nth file operation of the writers (<see cref="JournaledWriter"/>, <see cref="FolderSwitch"/>).
/// <c>CATALOG_FAULT_AFTER_OPS=count</c> only counts them (the CLI prints the count on exit), so a
/// test knows the range to kill in. Unset or anything else: nothing happens.
/// </summary>
public static class FaultInjection
{
    public const string Variable = "CATALOG_FAULT_AFTER_OPS";

    private static readonly string? Setting = Environment.GetEnvironmentVariable(Variable);
    private static readonly long Limit = long.TryParse(Setting, out var n) && n > 0 ? n : 0;
    private static long _count;

    /// <summary>True when asked to count file operations (<c>CATALOG_FAULT_AFTER_OPS=count</c>).</summary>
    public static bool Counting { get; } = Setting == "count";

    /// <summary>File operations counted so far.</summary>
    public static long Count => Interlocked.Read(ref _count);

    /// <summary>Counts one file operation; the Nth one is the last this process does.</summary>
    public static void Step()
    {
        if (Limit == 0)
        {
            if (Counting) Interlocked.Increment(ref _count);
            return;
        }
        if (Interlocked.Increment(ref _count) < Limit) return;
        using var self = Process.GetCurrentProcess();
        self.Kill();
        Thread.Sleep(Timeout.Infinite);
    }
}
