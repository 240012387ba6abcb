using CatalogTools.Core.Diagnostics;
using CatalogTools.Query;

namespace CatalogTools.Cli.Commands.Export;

/// <summary>`catalog export --format parquet -o DIR`: every query table (docs/query.md) as DIR/&lt;table&gt;.parquet, for BI tools.</summary>
public static class ParquetExport
{
    public static bool Wants(string? format) => string.Equals(format, "parquet", StringComparison.OrdinalIgnoreCase);

    public static int Execute(string? directory, string catalogDirectory, Lang lang, CliConsole console, TimeProvider? clock = null)
    {
        var zh = lang == Lang.Zh;
        if (string.IsNullOrEmpty(directory))
        {
            console.Error.WriteLine(zh ? "parquet 格式需要用 -o 指定输出文件夹。" : "the parquet format needs an output folder: -o DIR.");
            return ExitCodes.CannotRun;
        }
        var location = CatalogSession.Locate(catalogDirectory, console, lang);
        if (location is null) return ExitCodes.CannotRun;
        var timings = PhaseTimings.FromEnvironment(console);
        using var opened = CatalogQuery.Open(location, _ => true, clock ?? TimeProvider.System, lang, timings is null ? null : timings.Mark);
        if (opened.LoadErrors > 0)
        {
            console.Error.WriteLine(zh
                ? $"注意：目录有 {opened.LoadErrors} 个读取错误，相关文件不在表中；用 catalog check 查看。"
                : $"note: {opened.LoadErrors} load errors; the files involved are not in the tables. Run catalog check to see them.");
        }
        var written = opened.Database.ExportParquet(directory);
        timings?.Mark("parquet");
        console.Out.WriteLine(zh ? $"已写入 {directory}：{written.Count} 个 Parquet 表" : $"wrote {directory}: {written.Count} Parquet tables");
        return ExitCodes.Ok;
    }
}
