using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Git.Repositories;

namespace CatalogTools.Cli;

/// <summary>Opens the git repository around a catalog for the git-aware verbs, or says clearly why it cannot.</summary>
public static class GitSession
{
    public static CatalogRepository? Open(CatalogLocation location, CliConsole console, Lang lang)
    {
        var opened = CatalogRepository.Open(location);
        if (!opened.Ok)
        {
            console.Error.WriteLine(opened.Problem!.Text(lang));
            return null;
        }
        var note = opened.Value!.DetachedNote(lang);
        if (note is not null) console.Error.WriteLine(note);
        return opened.Value;
    }

    /// <summary>
    /// Runs a git-aware step; a damaged repository met on the way (a missing blob, a corrupt object:
    /// git objects are read lazily, so anywhere) is printed as CAT0110 and the result is <paramref name="failed"/> (exit 2).
    /// </summary>
    public static T Guard<T>(CatalogRepository repository, Func<T> step, T failed, CliConsole console, Lang lang)
    {
        var result = repository.Try(step);
        if (result.Ok) return result.Value!;
        console.Error.WriteLine(result.Problem!.Text(lang));
        return failed;
    }

    /// <summary>Prints the problem of a failed git step; returns false so callers can exit 2.</summary>
    public static bool Report<T>(GitResult<T> result, CliConsole console, Lang lang)
    {
        if (result.Ok) return true;
        console.Error.WriteLine(result.Problem!.Text(lang));
        return false;
    }
}
