using System.CommandLine;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Progress;
using CatalogTools.Excel.Import;

namespace CatalogTools.Cli.Commands.Import;

/// <summary>
/// `catalog import FILE.xlsx [--dry-run]`: turn a filled workbook into YAML. Validates as check
/// does first; with any error nothing is written. Problems are reported with sheet and cell in
/// the same formats as check. That check reads the unchanged files through check's parse cache
/// (<c>.catalog-cache/</c>) unless --no-cache.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var file = new Argument<string>("FILE") { Description = Bilingual.Of(new("import.fileHelp")) };
        var catalog = CommonOptions.Catalog();
        var dryRun = new Option<bool>("--dry-run") { Description = Bilingual.Of(new("import.dryRunHelp")) };
        var noCache = new Option<bool>("--no-cache") { Description = Bilingual.Of(new("import.noCacheHelp")) };
        var allowDeletions = new Option<bool>("--allow-deletions") { Description = Bilingual.Of(new("import.allowDeletionsHelp")) };
        var (format, output) = OutputPlan.Options();
        var command = new Command("import", Bilingual.Of(new("import.help"))) { file, catalog, dryRun, format, output, noCache, allowDeletions };
        command.SetAction(parse =>
        {
            var language = CommonOptions.LangOf(parse);
            if (!OutputPairing.TryPair(parse, format.Name, output.Name, console, language, out var targets)) return ExitCodes.CannotRun;
            return Execute(new ImportRequest(parse.GetValue(file)!, parse.GetValue(catalog)!, parse.GetValue(dryRun), targets, language, parse.GetValue(noCache), parse.GetValue(allowDeletions)), console, clock);
        });
        return command;
    }

    public static int Execute(ImportRequest request, CliConsole console, TimeProvider clock)
    {
        var lang = request.Lang;
        if (!OutputPlan.TryCreate(request.Targets, console, lang, out var plan)) return ExitCodes.CannotRun;
        var location = CatalogSession.Locate(request.Catalog, console, lang);
        if (location is null) return ExitCodes.CannotRun;
        if (!File.Exists(request.File))
        {
            console.Error.WriteLine(Messages.Format(lang, "import.workbookNotFound", ("file", request.File)));
            return ExitCodes.CannotRun;
        }
        var timings = PhaseTimings.FromEnvironment(console);
        var cache = new CachedFiles(location, request.NoCache);
        ImportPlan import;
        CatalogImporter importer;
        using (var progress = CliProgress.Start(console, lang, CliProgress.IsHumanOutput(request.Targets)))
        using (var stream = File.OpenRead(request.File))
        {
            var phases = progress.Phases(new MessageText("import.verb"));
            progress.Starting(new MessageText("import.verb"), "workbook");
            importer = new CatalogImporter(location, clock, cache, phase =>
            {
                timings?.Mark(phase);
                phases(phase);
            });
            import = importer.Plan(stream, Path.GetFileName(request.File), request.AllowDeletions);
        }
        cache.Dispose();
        timings?.Mark("cache save");
        // The change list is for people: it goes to stdout only when stdout carries text.
        var textOnConsole = request.Targets.All(t => t.File is not null) || request.Targets.Any(t => t.File is null && t.Format == "text");
        var changesTo = textOnConsole ? console.Out : console.Error;
        if (import.HasErrors)
        {
            plan.Write(import.Diagnostics, import.Summary, lang, ReportContexts.For(location, "import"));
            changesTo.WriteLine(Messages.Text(lang, "import.errorsFoundNoFileWas"));
            return ExitCodes.Findings;
        }
        if (!request.DryRun && importer.Apply(import) is { } failure)
        {
            WriteReports.Failure(console, lang, failure, import.Changes.Count);
            return ExitCodes.CannotRun;
        }
        timings?.Mark("write");
        ChangeList.Write(changesTo, import, request.DryRun, lang);
        plan.Write(import.Diagnostics, import.Summary, lang, ReportContexts.For(location, "import"));
        timings?.Mark("report");
        return ExitCodes.Ok;
    }
}

public sealed record ImportRequest(string File, string Catalog, bool DryRun, IReadOnlyList<(string Format, string? File)> Targets, Lang Lang, bool NoCache = false, bool AllowDeletions = false);
