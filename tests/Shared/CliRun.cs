using CatalogTools.Cli;

namespace CatalogTools.Tests.Shared;

/// <summary>The outcome of one `catalog` invocation inside the test process.</summary>
public sealed record CliOutcome(int ExitCode, string Out, string Error);

/// <summary>Runs the real command line in-process with captured output and a fixed clock.</summary>
public static class CliRun
{
    public static CliOutcome Run(params string[] args) => RunAt(FixedClock.Default, args);

    public static CliOutcome RunAt(TimeProvider clock, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CatalogCli.Run(args, new CliConsole(stdout, stderr, IsTerminal: false), clock);
        return new CliOutcome(code, stdout.ToString(), stderr.ToString());
    }
}
