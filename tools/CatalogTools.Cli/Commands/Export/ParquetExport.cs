using CatalogTools.Core.Diagnostics;
using CatalogTools.Query;

namespace CatalogTools.Cli.Commands.Export;

/// <summary>`catalog export --format parquet -o DIR`: every query table (docs/query.md) as DIR/&lt;table&gt;.parquet, for BI tools.</summary>
public static class ParquetExport
{
    public static bool Wants(string? format) => string.Equals(format, "parquet", StringComparison.OrdinalIgnoreCase);

    public static int Execute(string? directory, string catalogDirectory, Lang lang, CliConsole console, TimeProvider? clock = null)
    {
        if (string.IsNullOrEmpty(directory))
        {
            console.Error.WriteLine(Messages.Text(lang, "export.theParquetFormatNeedsAn"));
            return ExitCodes.CannotRun;
        }
        var location = CatalogSession.Locate(catalogDirectory, console, lang);
        if (location is null) return ExitCodes.CannotRun;
        var timings = PhaseTimings.FromEnvironment(console);
        using var opened = CatalogQuery.Open(location, _ => true, clock ?? TimeProvider.System, lang, timings is null ? null : timings.Mark);
        if (opened.LoadErrors > 0)
        {
            console.Error.WriteLine(Messages.Format(lang, "export.noteLoadErrorsTheFiles", ("loadErrors", opened.LoadErrors)));
        }
        var written = opened.Database.ExportParquet(directory);
        timings?.Mark("parquet");
        console.Out.WriteLine(Messages.Format(lang, "export.wroteParquetTables", ("directory", directory), ("written", written.Count)));
        return ExitCodes.Ok;
    }
}
