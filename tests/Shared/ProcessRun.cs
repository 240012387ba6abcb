using System.Diagnostics;
using System.Text;

namespace CatalogTools.Tests.Shared;

/// <summary>The outcome of one child process.</summary>
public sealed record ProcessOutcome(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}";
}

/// <summary>Runs a real program (git, bash, dotnet, the installed tool) in a folder, with extra environment.</summary>
public static class ProcessRun
{
    public static ProcessOutcome Run(string file, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null, int timeoutSeconds = 600)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        // Child processes must not inherit the test host's own .NET variables (they point at the test's runtime config).
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("DOTNET_STARTUP_HOOKS", StringComparison.Ordinal) || k == "MSBuildExtensionsPath" || k == "MSBUILD_EXE_PATH" || k == "MSBuildSDKsPath").ToList()) start.Environment.Remove(key);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (k, v) in environment ?? new Dictionary<string, string?>())
        {
            if (v is null) start.Environment.Remove(k);
            else start.Environment[k] = v;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish in {timeoutSeconds} s");
        }
        return new ProcessOutcome(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>git with a fixed identity and no user or system configuration.</summary>
    public static ProcessOutcome Git(string repository, params string[] arguments) =>
        Run("git", arguments, repository, new Dictionary<string, string?>
        {
            ["GIT_CONFIG_GLOBAL"] = "/dev/null",
            ["GIT_CONFIG_NOSYSTEM"] = "1",
            ["GIT_AUTHOR_NAME"] = "张三",
            ["GIT_AUTHOR_EMAIL"] = "zhangsan@example.gov.cn",
            ["GIT_COMMITTER_NAME"] = "张三",
            ["GIT_COMMITTER_EMAIL"] = "zhangsan@example.gov.cn",
            ["GIT_AUTHOR_DATE"] = "2026-11-22T09:00:00+08:00",
            ["GIT_COMMITTER_DATE"] = "2026-11-22T09:00:00+08:00",
        });

    public static ProcessOutcome MustGit(string repository, params string[] arguments)
    {
        var outcome = Git(repository, arguments);
        if (outcome.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {outcome}");
        return outcome;
    }
}
