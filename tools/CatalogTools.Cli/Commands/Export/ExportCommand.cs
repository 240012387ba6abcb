using System.CommandLine;
using System.Globalization;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Progress;
using CatalogTools.Git.Repositories;
using CatalogTools.Excel.Export;

namespace CatalogTools.Cli.Commands.Export;

/// <summary>`catalog export FILE.xlsx [--region CODE] [--standard CODE...]`: write the forms workbook;
/// `catalog export --format parquet -o DIR`: the query tables as Parquet (<see cref="ParquetExport"/>).</summary>
public static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string?>("FILE") { Description = Bilingual.Of(new("export.fileHelp")), Arity = ArgumentArity.ZeroOrOne };
        var catalog = CommonOptions.Catalog();
        var region = new Option<string?>("--region") { HelpName = "CODE", Description = Bilingual.Of(new("export.regionHelp")) };
        var standard = new Option<string[]>("--standard") { HelpName = "CODE", Description = Bilingual.Of(new("export.standardHelp")), AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var format = new Option<string>("--format") { HelpName = "xlsx|parquet", Description = Bilingual.Of(new("export.formatHelp")), DefaultValueFactory = _ => "xlsx" };
        var output = new Option<string?>("--output", "-o") { HelpName = "DIR", Description = Bilingual.Of(new("export.outputHelp")) };
        var noCache = new Option<bool>("--no-cache") { Description = Bilingual.Of(new("export.noCacheHelp")) };
        var command = new Command("export", Bilingual.Of(new("export.help"))) { file, catalog, region, standard, format, output, noCache };
        command.SetAction(parse => ParquetExport.Wants(parse.GetValue(format))
            ? ParquetExport.Execute(parse.GetValue(output) ?? parse.GetValue(file), parse.GetValue(catalog)!, CommonOptions.LangOf(parse), console)
            : ExportFile(parse.GetValue(file) ?? parse.GetValue(output), parse.GetValue(format)!, parse.GetValue(catalog)!, parse.GetValue(region), parse.GetValue(standard) ?? [], CommonOptions.LangOf(parse), console, parse.GetValue(noCache)));
        return command;
    }

    private static int ExportFile(string? file, string format, string catalogDirectory, string? region, IReadOnlyList<string> standards, Lang lang, CliConsole console, bool noCache)
    {
        if (!string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(file))
        {
            console.Error.WriteLine(string.IsNullOrEmpty(file) ? Messages.Text(lang, "export.nameTheWorkbook") : Messages.Format(lang, "export.unknownFormat", ("format", format)));
            return ExitCodes.CannotRun;
        }
        return Execute(file, catalogDirectory, region, standards, lang, console, noCache);
    }

    /// <summary>Through the cache (unless <paramref name="noCache"/>), an unchanged item file's rows come from the last export's table, unread.</summary>
    public static int Execute(string file, string catalogDirectory, string? region, IReadOnlyList<string> standards, Lang lang, CliConsole console, bool noCache = false)
    {
        var location = CatalogSession.Locate(catalogDirectory, console, lang);
        if (location is null) return ExitCodes.CannotRun;
        var target = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        ExportResult result;
        var timings = PhaseTimings.FromEnvironment(console);
        using (var session = SourceSessions.Open(location, noCache))
        using (var progress = CliProgress.Start(console, lang))
        {
            var phases = progress.Phases(new MessageText("export.verb"));
            progress.Starting(new MessageText("export.verb"), "load");
            var revision = SourceCommits.Head(location.CatalogRoot) ?? WorkbookExporter.UnknownRevision;
            result = new WorkbookExporter(location, phase =>
            {
                timings?.Mark(phase);
                phases(phase);
            }, revision) { Session = session }.ExportFiles(new ExportRequest(region, standards), target);
        }
        timings?.Mark("cache"); // the session saved the rows table and the stat index
        foreach (var unreadable in result.UnreadableFiles)
        {
            console.Error.WriteLine(Messages.Format(lang, "export.hasSyntaxOrEncodingErrors", ("unreadable", unreadable)));
        }
        if (result.Parts.Count > 0)
        {
            // Said before the summary: the workbook named on the command line was not written, these were.
            console.Out.WriteLine(Messages.Format(lang, "export.splitByRegion", ("rows", WorkbookSplit.ReadableRows.ToString("N0", CultureInfo.CurrentCulture)), ("parts", result.Parts.Count)));
            foreach (var part in result.Parts)
            {
                var regions = new MessageList("list.separator", [.. part.Regions.Select(r => r.StartsWith("standards", StringComparison.Ordinal)
                    ? (MessageArgument)new MessageText("export.standardItemsPart", ("rest", r["standards".Length..]))
                    : r)]);
                console.Out.WriteLine(Messages.Format(lang, "export.part", ("file", Path.GetRelativePath(Directory.GetCurrentDirectory(), part.File)), ("regions", regions), ("standards", part.Standards), ("implementations", part.Implementations)));
            }
        }
        foreach (var beyond in result.BeyondImportLimits)
        {
            console.Error.WriteLine(Messages.Format(lang, "export.beyondImportLimits", ("file", Path.GetRelativePath(Directory.GetCurrentDirectory(), beyond.File)), ("detail", beyond.Detail)));
        }
        MessageArgument written = result.Parts.Count > 0 ? new MessageText("export.workbooks", ("count", result.Parts.Count)) : file;
        console.Out.WriteLine(Messages.Format(lang, "export.exportedStandardItemsImplementationsRevision", ("file", written), ("standards", result.Standards), ("implementations", result.Implementations), ("revision", result.Revision)));
        return result.UnreadableFiles.Count > 0 || result.BeyondImportLimits.Count > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
