namespace CatalogTools.Cli;

/// <summary>
/// Where a verb writes; tests pass string writers, the program passes the console.
/// <see cref="IsTerminal"/> says whether stdout may be coloured (after --color and NO_COLOR).
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal)
{
    /// <summary>Long work may draw its progress on stderr: stdout and stderr are both a terminal, and no --quiet.</summary>
    public bool ShowsProgress { get; init; }

    public static CliConsole System()
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new global::System.Text.UTF8Encoding(false)) { AutoFlush = true };
        var stderr = new StreamWriter(Console.OpenStandardError(), new global::System.Text.UTF8Encoding(false)) { AutoFlush = true };
        // NO_COLOR counts when set to a non-empty value (no-color.org).
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new CliConsole(stdout, stderr, !Console.IsOutputRedirected && !noColor) { ShowsProgress = !Console.IsOutputRedirected && !Console.IsErrorRedirected };
    }

    /// <summary>This console after the global options: --color overrides NO_COLOR and the terminal test; --quiet hides progress.</summary>
    public CliConsole With(string color, bool quiet) => this with
    {
        IsTerminal = color switch
        {
            "always" => true,
            "never" => false,
            _ => IsTerminal,
        },
        ShowsProgress = ShowsProgress && !quiet,
    };
}
