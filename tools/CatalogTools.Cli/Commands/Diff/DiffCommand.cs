using System.CommandLine;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Formatting;
using CatalogTools.Git.Diff;
using CatalogTools.Git.Repositories;

namespace CatalogTools.Cli.Commands.Diff;

/// <summary>
/// `catalog diff REV [REV2] [--format text|md|json]`: what a change means for applicants — items
/// added, removed, retired, element by element, with totals and the regions, implementations and
/// channel pages it reaches. REV2 defaults to the work tree. The Markdown form is a PR comment.
/// </summary>
public static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var rev = new Argument<string>("REV") { Description = Bilingual.Of(new("diff.revHelp")) };
        var rev2 = new Argument<string?>("REV2") { Description = Bilingual.Of(new("diff.rev2Help")), Arity = ArgumentArity.ZeroOrOne };
        var catalog = CommonOptions.Catalog();
        var format = new Option<string>("--format") { HelpName = "text|md|json", Description = "text|md|json", DefaultValueFactory = _ => "text" };
        var output = new Option<string?>("--output") { HelpName = "FILE", Description = Bilingual.Of(new("diff.outputHelp")) };
        var command = new Command("diff", Bilingual.Of(new("diff.help"))) { rev, rev2, catalog, format, output };
        command.SetAction(parse => Execute(parse.GetValue(catalog)!, parse.GetValue(rev)!, parse.GetValue(rev2), parse.GetValue(format) ?? "text",
            parse.GetValue(output), CommonOptions.LangOf(parse), console));
        return command;
    }

    public static int Execute(string catalogDirectory, string rev, string? rev2, string format, string? output, Lang lang, CliConsole console)
    {
        if (format is not ("text" or "md" or "json"))
        {
            console.Error.WriteLine(Messages.Format(lang, "diff.unknownFormatChooseTextMd", ("format", format)));
            return ExitCodes.CannotRun;
        }
        var location = CatalogSession.Locate(catalogDirectory, console, lang);
        if (location is null) return ExitCodes.CannotRun;
        var timings = PhaseTimings.FromEnvironment(console);
        using var repository = GitSession.Open(location, console, lang);
        if (repository is null) return ExitCodes.CannotRun;
        GitResult<CatalogDiff>? diff;
        // No parse cache: a diff reads only the changed files and what they name, so the cache would
        // cost more to open and save than it spares, and a diff writes nothing into the repository.
        using (var session = SourceSessions.Open(location, noCache: true))
        {
            diff = GitSession.Guard(repository, () => (GitResult<CatalogDiff>?)CatalogDiffer.Run(repository, rev, rev2, session, mark: timings is null ? null : timings.Mark), null, console, lang);
        }
        if (diff is null) return ExitCodes.CannotRun;
        timings?.Mark("compare");
        if (!GitSession.Report(diff.Value, console, lang)) return ExitCodes.CannotRun;

        using var text = new StringWriter();
        if (format == "json") DiffJson.Write(text, diff.Value.Value!, lang);
        else DiffWriter.Write(text, diff.Value.Value!, lang, markdown: format == "md");
        if (output is null) console.Out.Write(text.ToString());
        else CatalogFormatter.WriteAtomically(Path.GetFullPath(output), text.ToString());
        timings?.Mark("report");
        return ExitCodes.Ok;
    }
}
