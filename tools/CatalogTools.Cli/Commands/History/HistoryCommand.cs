using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Git.History;
using CatalogTools.Git.Repositories;

namespace CatalogTools.Cli.Commands.History;

/// <summary>`catalog history CODE`: every change of one item through git history (留痕), oldest first.</summary>
public static class HistoryCommand
{
    public static Command Create(CliConsole console)
    {
        var code = new Argument<string>("CODE") { Description = Bilingual.Of(new("history.codeHelp")) };
        var catalog = CommonOptions.Catalog();
        var format = new Option<string>("--format") { HelpName = "text|json", Description = "text|json", DefaultValueFactory = _ => "text" };
        var command = new Command("history", Bilingual.Of(new("history.help"))) { code, catalog, format };
        command.SetAction(parse => Execute(parse.GetValue(catalog)!, parse.GetValue(code)!, parse.GetValue(format) ?? "text", CommonOptions.LangOf(parse), console));
        return command;
    }

    public static int Execute(string catalogDirectory, string code, string format, Lang lang, CliConsole console)
    {
        if (format is not ("text" or "json"))
        {
            console.Error.WriteLine(Messages.Format(lang, "history.unknownFormatChooseTextOr", ("format", format)));
            return ExitCodes.CannotRun;
        }
        var location = CatalogSession.Locate(catalogDirectory, console, lang);
        if (location is null) return ExitCodes.CannotRun;
        var timings = PhaseTimings.FromEnvironment(console);
        using var repository = GitSession.Open(location, console, lang);
        if (repository is null) return ExitCodes.CannotRun;
        var history = GitSession.Guard(repository, () => (GitResult<ItemHistoryResult>?)ItemHistory.Of(repository, code), null, console, lang);
        if (history is null || !GitSession.Report(history.Value, console, lang)) return ExitCodes.CannotRun;
        var result = history.Value.Value!;
        timings?.Mark("history");
        if (result.Shallow)
        {
            console.Error.WriteLine(Messages.Text(lang, "history.noteThisIsAShallow"));
        }
        if (result.Entries.Count == 0)
        {
            console.Error.WriteLine(Messages.Format(lang, "history.itemIsFoundNeitherIn", ("code", code)));
            return ExitCodes.CannotRun;
        }
        if (format == "json")
        {
            var doc = new
            {
                code,
                shallow = result.Shallow,
                changes = result.Entries.Select(e => new
                {
                    commit = e.Uncommitted ? null : e.Commit,
                    author = e.Author,
                    email = e.Email,
                    date = e.Uncommitted ? null : e.When.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
                    message = e.Message,
                    kind = e.Kind.ToString().ToLowerInvariant(),
                    file = e.File,
                    elements = e.Changes.Select(c => new { element = c.Element, kind = c.Kind.ToString().ToLowerInvariant(), subject = c.Subject, from = c.FromText(lang), to = c.ToText(lang), text = c.Describe(lang) }),
                }),
            };
            console.Out.WriteLine(JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            timings?.Mark("report");
            return ExitCodes.Ok;
        }
        console.Out.WriteLine(Messages.Format(lang, "history.historyOfItemChangesOldest", ("code", code), ("entries", result.Entries.Count)));
        foreach (var e in result.Entries)
        {
            console.Out.WriteLine();
            var head = e.Uncommitted
                ? Messages.Text(lang, "history.uncommitted")
                : $"{e.Commit[..10]} {e.When.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)} {e.Author} <{e.Email}>";
            console.Out.WriteLine($"{head} {KindWord(e.Kind, lang)} {e.File}");
            if (!e.Uncommitted) console.Out.WriteLine($"  {e.Message}");
            if (e.Kind == HistoryEventKind.Changed && e.Changes.Count == 0)
            {
                console.Out.WriteLine(Messages.Text(lang, "history.formattingOrCommentsOnlyNo"));
            }
            foreach (var c in e.Changes) console.Out.WriteLine("  - " + c.Describe(lang));
        }
        timings?.Mark("report");
        return ExitCodes.Ok;
    }

    private static string KindWord(HistoryEventKind kind, Lang lang) => Messages.Text(lang, kind switch
    {
        HistoryEventKind.Created => "history.created",
        HistoryEventKind.Retired => "history.retired",
        HistoryEventKind.Deleted => "history.deleted",
        _ => "history.changed",
    });
}
