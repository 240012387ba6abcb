using System.CommandLine;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Progress;
using CatalogTools.Excel.Export;

namespace CatalogTools.Cli.Commands.Export;

/// <summary>`catalog export FILE.xlsx [--region CODE] [--standard CODE...]`: write the forms workbook.</summary>
public static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "要写入的工作簿（.xlsx）/ workbook to write" };
        var catalog = CommonOptions.Catalog();
        var region = new Option<string?>("--region") { HelpName = "CODE", Description = "只导出该区划及其下级的实施清单 / only implementations in this region and below" };
        var standard = new Option<string[]>("--standard") { HelpName = "CODE", Description = "只导出这些标准事项及其实施清单，可重复 / only these standard items and their implementations", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var command = new Command("export", "导出为 Excel 表单 / export the catalog as Excel forms") { file, catalog, region, standard };
        command.SetAction(parse => Execute(parse.GetValue(file)!, parse.GetValue(catalog)!, parse.GetValue(region), parse.GetValue(standard) ?? [], CommonOptions.LangOf(parse), console));
        return command;
    }

    public static int Execute(string file, string catalogDirectory, string? region, IReadOnlyList<string> standards, Lang lang, CliConsole console)
    {
        var location = CatalogSession.Locate(catalogDirectory, console, lang);
        if (location is null) return ExitCodes.CannotRun;
        var target = Path.GetFullPath(file);
        var temp = target + ".tmp-" + Environment.ProcessId;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        ExportResult result;
        using (var output = File.Create(temp))
        using (var progress = CliProgress.Start(console, lang))
        {
            var timings = PhaseTimings.FromEnvironment(console);
            var phases = progress.Phases("导出", "export");
            progress.Step(new WorkStep("导出：读取目录", "export: reading the catalog"));
            result = new WorkbookExporter(location, phase =>
            {
                timings?.Mark(phase);
                phases(phase);
            }).Export(new ExportRequest(region, standards), output);
        }
        File.Move(temp, target, overwrite: true);
        foreach (var unreadable in result.UnreadableFiles)
        {
            console.Error.WriteLine(lang == Lang.Zh ? $"{unreadable}: 有语法或编码错误，未导出（先运行 catalog check）" : $"{unreadable}: has syntax or encoding errors, not exported (run catalog check)");
        }
        console.Out.WriteLine(lang == Lang.Zh
            ? $"已导出 {file}：标准事项 {result.Standards} 项，实施清单 {result.Implementations} 项（来源版本 {result.Revision}）"
            : $"exported {file}: {result.Standards} standard items, {result.Implementations} implementations (revision {result.Revision})");
        return result.UnreadableFiles.Count > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
