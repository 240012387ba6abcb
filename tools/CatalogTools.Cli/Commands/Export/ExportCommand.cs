using System.CommandLine;
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
        var file = new Argument<string?>("FILE") { Description = "要写入的工作簿（.xlsx）/ workbook to write", Arity = ArgumentArity.ZeroOrOne };
        var catalog = CommonOptions.Catalog();
        var region = new Option<string?>("--region") { HelpName = "CODE", Description = "只导出该区划及其下级的实施清单 / only implementations in this region and below" };
        var standard = new Option<string[]>("--standard") { HelpName = "CODE", Description = "只导出这些标准事项及其实施清单，可重复 / only these standard items and their implementations", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var format = new Option<string>("--format") { HelpName = "xlsx|parquet", Description = "xlsx（表单，默认）|parquet（查询表，供 BI 工具）/ xlsx forms (default) or parquet query tables", DefaultValueFactory = _ => "xlsx" };
        var output = new Option<string?>("--output", "-o") { HelpName = "DIR", Description = "parquet：输出文件夹 / parquet: output folder" };
        var noCache = new Option<bool>("--no-cache") { Description = "不读写 .catalog-cache/ / do not use the cache" };
        var command = new Command("export", "导出为 Excel 表单或 Parquet 表 / export the catalog as Excel forms or Parquet tables") { file, catalog, region, standard, format, output, noCache };
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
            var phases = progress.Phases("导出", "export");
            progress.Step(new WorkStep("导出：读取目录", "export: reading the catalog"));
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
            console.Out.WriteLine(lang == Lang.Zh
                ? $"信息：一个工作表最多 {WorkbookSplit.ExcelRows:N0} 行，放不下全部事项，已按区划拆分为 {result.Parts.Count} 个工作簿（每个可单独导入）："
                : $"info: a sheet holds at most {WorkbookSplit.ExcelRows:N0} rows, too few for every item, so the export is split by region into {result.Parts.Count} workbooks (each imports on its own):");
            foreach (var part in result.Parts)
            {
                var regions = string.Join(lang == Lang.Zh ? "、" : ", ", part.Regions.Select(r => r.StartsWith("standards", StringComparison.Ordinal) ? (lang == Lang.Zh ? "标准事项" : "standard items") + r["standards".Length..] : r));
                console.Out.WriteLine(lang == Lang.Zh
                    ? $"  {Path.GetRelativePath(Directory.GetCurrentDirectory(), part.File)}：{regions}（标准事项 {part.Standards} 项，实施清单 {part.Implementations} 项）"
                    : $"  {Path.GetRelativePath(Directory.GetCurrentDirectory(), part.File)}: {regions} ({part.Standards} standard items, {part.Implementations} implementations)");
            }
        }
        console.Out.WriteLine(lang == Lang.Zh
            ? $"已导出 {(result.Parts.Count > 0 ? $"{result.Parts.Count} 个工作簿" : file)}：标准事项 {result.Standards} 项，实施清单 {result.Implementations} 项（来源版本 {result.Revision}）"
            : $"exported {(result.Parts.Count > 0 ? $"{result.Parts.Count} workbooks" : file)}: {result.Standards} standard items, {result.Implementations} implementations (revision {result.Revision})");
        return result.UnreadableFiles.Count > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
