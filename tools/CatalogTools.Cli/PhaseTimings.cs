using System.Diagnostics;

namespace CatalogTools.Cli;

/// <summary>
/// With CATALOG_TIMINGS=1, a verb prints how long each phase took (wall and CPU time, and the managed heap) to stderr,
/// so a benchmark can see where the time goes without a profiler. Silent otherwise.
/// </summary>
public sealed class PhaseTimings
{
    private readonly CliConsole _console;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private TimeSpan _last;
    private TimeSpan _lastCpu = Process.GetCurrentProcess().TotalProcessorTime;
    private TimeSpan _lastUser = Process.GetCurrentProcess().UserProcessorTime;
    private TimeSpan _lastPause = GC.GetTotalPauseDuration();
    private long _lastAllocated = GC.GetTotalAllocatedBytes();

    private PhaseTimings(CliConsole console) => _console = console;

    public static PhaseTimings? FromEnvironment(CliConsole console) =>
        Environment.GetEnvironmentVariable("CATALOG_TIMINGS") == "1" ? new PhaseTimings(console) : null;

    public void Mark(string phase)
    {
        var now = _watch.Elapsed;
        // CPU time (user + system, all threads) says more than wall time on a shared machine.
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var user = process.UserProcessorTime;
        // Time the runtime paused every managed thread for garbage collection in this phase.
        var pause = GC.GetTotalPauseDuration();
        // Bytes allocated in this phase: unlike time, the same on a busy machine as on an idle one.
        var allocated = GC.GetTotalAllocatedBytes();
        _console.Error.WriteLine($"timing: {phase,-10} {(now - _last).TotalSeconds,8:F2} s  total {now.TotalSeconds,8:F2} s  heap {GC.GetTotalMemory(false) / (1024 * 1024),6} MB  gen2 GCs {GC.CollectionCount(2)}  cpu {(cpu - _lastCpu).TotalSeconds,6:F2} s (user {(user - _lastUser).TotalSeconds,6:F2} s)  gc pause {(pause - _lastPause).TotalSeconds,5:F2} s  allocated {(allocated - _lastAllocated) / (1024 * 1024),6} MB");
        _last = now;
        _lastCpu = cpu;
        _lastUser = user;
        _lastPause = pause;
        _lastAllocated = allocated;
    }
}
