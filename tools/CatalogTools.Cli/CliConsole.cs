namespace CatalogTools.Cli;

/// <summary>Where a verb writes; tests pass string writers, the program passes the console.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal)
{
    public static CliConsole System()
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new global::System.Text.UTF8Encoding(false)) { AutoFlush = true };
        var stderr = new StreamWriter(Console.OpenStandardError(), new global::System.Text.UTF8Encoding(false)) { AutoFlush = true };
        return new CliConsole(stdout, stderr, !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null);
    }
}
