namespace CatalogTools.Cli.Commands.Lock;

/// <summary>
/// The command git should run as the catalog.lock merge driver, as this tool was started: through
/// the clone's launcher (catalog.sh sets CATALOG_LAUNCHER), as an installed tool on PATH, or by
/// the path of this build. Git runs merge drivers from the top of the work tree.
/// </summary>
public static class MergeDriverCommand
{
    public const string Arguments = "lock --merge %O %A %B";

    public static string For(string workTree)
    {
        var launcher = Environment.GetEnvironmentVariable("CATALOG_LAUNCHER");
        if (launcher is { Length: > 0 } && File.Exists(launcher))
        {
            var relative = Path.GetRelativePath(workTree, launcher).Replace('\\', '/');
            return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? $"{Quote(launcher)} {Arguments}" : $"./{relative} {Arguments}";
        }
        var process = Environment.ProcessPath;
        if (process is not null && Path.GetFileNameWithoutExtension(process) == "catalog")
        {
            var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .Any(p => p.Length > 0 && string.Equals(Path.GetFullPath(p).TrimEnd(Path.DirectorySeparatorChar), Path.GetDirectoryName(process), StringComparison.Ordinal));
            return $"{(onPath ? "catalog" : Quote(process))} {Arguments}";
        }
        // Run as `dotnet catalog.dll` (or inside tests): the apphost beside this build, else dotnet with the dll.
        var dll = typeof(MergeDriverCommand).Assembly.Location;
        var apphost = Path.Combine(Path.GetDirectoryName(dll)!, OperatingSystem.IsWindows() ? "catalog.exe" : "catalog");
        return File.Exists(apphost) ? $"{Quote(apphost)} {Arguments}" : $"dotnet {Quote(dll)} {Arguments}";
    }

    private static string Quote(string path) => "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
