using System.CommandLine;
using System.Text;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Query;
using CatalogTools.Query.Output;

namespace CatalogTools.Cli.Commands.Query;

/// <summary>`catalog query "SQL" [--format table|csv|json|xlsx] [-o FILE]`: SQL (DuckDB) over the catalog's tables (docs/query.md).</summary>
public static class QueryCommand
{
    public static readonly IReadOnlyList<string> Formats = ["table", "csv", "json", "xlsx"];

    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var sql = new Argument<string>("SQL") { Description = Bilingual.Of(new("query.sqlHelp")) };
        var catalog = CommonOptions.Catalog();
        var format = new Option<string>("--format") { HelpName = "table|csv|json|xlsx", Description = "table|csv|json|xlsx", DefaultValueFactory = _ => "table" };
        var output = new Option<string?>("--output", "-o") { HelpName = "FILE", Description = Bilingual.Of(new("query.outputHelp")) };
        var command = new Command("query", Bilingual.Of(new("query.help"))) { sql, catalog, format, output };
        command.SetAction(parse => Execute(new QueryCommandRequest(parse.GetValue(sql)!, parse.GetValue(catalog)!, parse.GetValue(format)!,
            parse.GetValue(output), CommonOptions.LangOf(parse)), console, clock));
        return command;
    }

    public static int Execute(QueryCommandRequest request, CliConsole console, TimeProvider clock)
    {
        var format = request.Format.ToLowerInvariant();
        if (!Formats.Contains(format))
        {
            console.Error.WriteLine(Messages.Format(request.Lang, "query.unknownFormatUseTableCsv", ("format", request.Format)));
            return ExitCodes.CannotRun;
        }
        if (format == "xlsx" && string.IsNullOrEmpty(request.Output))
        {
            console.Error.WriteLine(Messages.Text(request.Lang, "query.theXlsxFormatNeedsAn"));
            return ExitCodes.CannotRun;
        }
        if (string.IsNullOrWhiteSpace(request.Sql))
        {
            console.Error.WriteLine(Messages.Text(request.Lang, "query.theQueryIsEmptyTables"));
            return ExitCodes.CannotRun;
        }
        var location = CatalogSession.Locate(request.Catalog, console, request.Lang);
        if (location is null) return ExitCodes.CannotRun;

        var timings = PhaseTimings.FromEnvironment(console);
        using var opened = CatalogQuery.Open(location, CatalogDatabase.TablesNamedIn(request.Sql), clock, request.Lang, timings is null ? null : timings.Mark);
        if (opened.LoadErrors > 0)
        {
            console.Error.WriteLine(Messages.Format(request.Lang, "export.noteLoadErrorsTheFiles", ("loadErrors", opened.LoadErrors)));
        }
        var result = opened.Database.Run(request.Sql);
        timings?.Mark("query");
        if (result.Error is { } error)
        {
            console.Error.WriteLine(Messages.Format(request.Lang, "query.theSqlCouldNotRun", ("error", error)));
            return ExitCodes.CannotRun;
        }

        if (string.IsNullOrEmpty(request.Output))
        {
            Write(result, format, request, console.Out);
            return ExitCodes.Ok;
        }
        WriteFileAtomically(request.Output, stream =>
        {
            if (format == "xlsx")
            {
                XlsxWriter.Write(result, request.Sql, stream);
                return;
            }
            // A BOM lets Excel open a CSV of Chinese text correctly.
            using var writer = new StreamWriter(stream, new UTF8Encoding(format == "csv"));
            Write(result, format, request, writer);
        });
        console.Out.WriteLine(Messages.Format(request.Lang, "query.wroteRows", ("output", request.Output), ("rows", result.Rows.Count)));
        return ExitCodes.Ok;
    }

    private static void Write(QueryResult result, string format, QueryCommandRequest request, TextWriter output)
    {
        switch (format)
        {
            case "csv":
                CsvWriter.Write(result, output);
                break;
            case "json":
                using (var buffer = new MemoryStream())
                {
                    JsonWriter.Write(result, buffer);
                    output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
                }
                break;
            default:
                TableWriter.Write(result, output, request.Lang == Lang.En);
                break;
        }
        output.Flush();
    }

    private static void WriteFileAtomically(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp-" + Environment.ProcessId;
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite))
            {
                write(stream);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}

public sealed record QueryCommandRequest(string Sql, string Catalog, string Format, string? Output, Lang Lang);
