using System.Diagnostics;

namespace CatalogTools.Excel;

/// <summary>Phase times on stderr when CATALOG_TIMING=1 (for bench/excel.sh); silent otherwise.</summary>
internal static class Timing
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("CATALOG_TIMING") == "1";

    public static void Log(string phase, Stopwatch clock)
    {
        if (!Enabled) return;
        Console.Error.WriteLine($"[timing] {phase}: {clock.Elapsed.TotalSeconds:F1} s, {GC.GetTotalMemory(false) / 1048576} MB managed");
    }
}
