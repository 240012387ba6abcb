using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using LibGit2Sharp;

namespace CatalogTools.Git.Repositories;

/// <summary>
/// The git program, where it answers faster than libgit2 (the work tree's status, a tree diff of 10^6
/// files): run on exactly the repository libgit2 opened, read-only (<c>GIT_OPTIONAL_LOCKS=0</c>: no
/// index refresh is written back), with literal path names, its output read as it comes. Callers fall
/// back to libgit2 when <see cref="Start"/> or <see cref="Output"/> gives null.
/// </summary>
internal sealed class GitProgram(Process git, Task<byte[]> output, Task<string> errors)
{
    /// <summary>Null when there is no such program here.</summary>
    public static GitProgram? Start(Repository repo, IEnumerable<string> arguments, string program = "git")
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = repo.Info.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The repository libgit2 opened, whatever the caller's environment names; paths are names, not patterns.
        start.Environment["GIT_DIR"] = repo.Info.Path;
        start.Environment["GIT_WORK_TREE"] = repo.Info.WorkingDirectory;
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        start.Environment["GIT_LITERAL_PATHSPECS"] = "1";
        foreach (var name in (string[])["GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_NAMESPACE"])
        {
            start.Environment.Remove(name);
        }
        try
        {
            var git = Process.Start(start);
            if (git is null) return null;
            git.StandardInput.Close();
            return new GitProgram(git, ReadAll(git.StandardOutput.BaseStream), git.StandardError.ReadToEndAsync());
        }
        catch (Exception e) when (e is Win32Exception or IOException or InvalidOperationException)
        {
            return null; // no git program here
        }
    }

    /// <summary>What git printed, or null when it failed (an unsafe owner, a repository format it does not know, an option it lacks).</summary>
    public byte[]? Output()
    {
        using (git)
        {
            try
            {
                var bytes = output.GetAwaiter().GetResult();
                _ = errors.GetAwaiter().GetResult();
                git.WaitForExit();
                return git.ExitCode == 0 ? bytes : null;
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    /// <summary>Folders as git takes them: relative to the work tree, no trailing '/', the root left out.</summary>
    public static List<string> Folders(IReadOnlyList<string>? folders) =>
        (folders ?? []).Select(f => f.Trim('/')).Where(f => f.Length > 0).ToList();

    /// <summary>
    /// The paths in git's NUL-separated output (<c>-z</c>), each entry's first <paramref name="skip"/> bytes
    /// left out (a status code), in order and each once.
    /// </summary>
    public static List<string> Paths(ReadOnlySpan<byte> output, int skip)
    {
        var paths = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!output.IsEmpty)
        {
            var end = output.IndexOf((byte)0);
            if (end < 0) end = output.Length;
            if (end > skip)
            {
                var path = Encoding.UTF8.GetString(output[skip..end]).TrimEnd('/');
                if (seen.Add(path)) paths.Add(path);
            }
            output = end < output.Length ? output[(end + 1)..] : [];
        }
        return paths;
    }

    private static async Task<byte[]> ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
