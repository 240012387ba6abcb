using System.Diagnostics;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>
/// Edits a workbook with openpyxl (Debian package python3-openpyxl, installed by ./test.sh), the way an
/// office's own script or another tool saves it: shared strings, no data validations kept as we wrote them.
/// </summary>
public static class OpenPyxl
{
    /// <summary>Runs <paramref name="body"/> (Python, with <c>wb</c> the loaded workbook and a helper <c>find(ws, code, header, value)</c>), then saves.</summary>
    public static void Edit(string workbook, string body)
    {
        const string prelude = """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            def column(ws, header):
                for cell in ws[1]:
                    if cell.value == header: return cell.column
                raise SystemExit("no column " + header)
            def find(ws, code, header, value):
                c = column(ws, header)
                for row in ws.iter_rows(min_row=2):
                    if row[0].value == code and ws.cell(row=row[0].row, column=c).value == value: return row[0].row
                raise SystemExit("no row " + code + " " + value)
            """;
        var script = Path.Combine(Path.GetDirectoryName(workbook)!, "edit-" + Guid.NewGuid().ToString("N")[..6] + ".py");
        File.WriteAllText(script, prelude + "\n" + body + "\nwb.save(sys.argv[1])\n");
        var start = new ProcessStartInfo(Python(), [script, workbook]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "openpyxl edit failed: " + error);
    }

    /// <summary>Debian's python3, which has python3-openpyxl (a python3 earlier on PATH, such as pyenv's, may not).</summary>
    private static string Python() =>
        File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : throw new InvalidOperationException("/usr/bin/python3 is missing: ./test.sh installs python3-openpyxl");
}
