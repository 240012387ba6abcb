using Xunit;

namespace CatalogTools.Tests.Shared;

/// <summary>One `catalog` command run twice in a child process, with and without CATALOG_TIMINGS=1 (the variable is read
/// from the process environment, so an in-process run would leak it into tests running beside it).</summary>
public sealed record TimingsOutcome(ProcessOutcome Timed, ProcessOutcome Plain)
{
    /// <summary>The phase names of the timed run's `timing:` lines on stderr, in order.</summary>
    public IReadOnlyList<string> Phases => Timed.Error.Split('\n')
        .Where(l => l.StartsWith(TimingsRun.Prefix, StringComparison.Ordinal))
        .Select(l => l[TimingsRun.Prefix.Length..].Split("  ", 2)[0].Trim())
        .ToList();

    /// <summary>Both runs end alike with the same stdout and stderr, except that the timed run's stderr also holds exactly these phase lines.</summary>
    public void AssertPhases(IReadOnlyList<string> phases)
    {
        Assert.True(Timed.ExitCode == Plain.ExitCode, $"timed:\n{Timed}\nplain:\n{Plain}");
        Assert.Equal(phases, Phases);
        Assert.Equal(Plain.Out, Timed.Out);
        Assert.DoesNotContain(TimingsRun.Prefix, Timed.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(TimingsRun.Prefix, Plain.Error, StringComparison.Ordinal);
        var rest = Timed.Error.Split('\n').Where(l => !l.StartsWith(TimingsRun.Prefix, StringComparison.Ordinal));
        Assert.Equal(Plain.Error, string.Join('\n', rest));
    }
}

/// <summary>Runs the real `catalog` (catalog.dll beside the tests) as a child process with CATALOG_TIMINGS on or off.</summary>
public static class TimingsRun
{
    public const string Prefix = "timing: ";

    public static TimingsOutcome Twice(string folder, params string[] args) => new(Once(folder, timings: true, args), Once(folder, timings: false, args));

    public static ProcessOutcome Once(string folder, bool timings, params string[] args) =>
        ProcessRun.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "catalog.dll"), .. args], folder, Environment(timings));

    /// <summary>Starts `catalog` as a child process with CATALOG_TIMINGS=1, for a verb that runs until stopped (serve).</summary>
    public static System.Diagnostics.Process StartTimed(string folder, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "catalog.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (key, value) in Environment(timings: true)) start.Environment[key] = value;
        return System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>The child's environment: CATALOG_TIMINGS set or removed, and the in-process runs' fixed clock.</summary>
    public static Dictionary<string, string?> Environment(bool timings) => new()
    {
        ["CATALOG_TIMINGS"] = timings ? "1" : null,
        ["CATALOG_NOW"] = FixedClock.Default.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    };
}
