using ClosedXML.Excel;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Excel.Tests;

/// <summary>Helpers for tests: export the temp catalog, edit the workbook with ClosedXML, compare folders like git diff.</summary>
public static class Forms
{
    /// <summary>
    /// 巴彦县 keeps its own copy of CJ00101001's materials, so an edit of the standard's materials
    /// alone would put that copy in error (and import rightly refuses it). Tests that edit the
    /// standard's materials alone let 巴彦县 inherit them first.
    /// </summary>
    public static void InheritStandardMaterials(TempCatalog catalog)
    {
        const string file = "implementations/230126/CJ00101001-230126-112301260158980521.yaml";
        var text = catalog.Read(file);
        var start = text.IndexOf("\nmaterials:\n", StringComparison.Ordinal) + 1;
        var end = text.IndexOf("\nsteps:\n", start, StringComparison.Ordinal) + 1;
        catalog.Write(file, text[..start] + text[end..]);
    }

    public static string Export(TempCatalog catalog, params string[] extra)
    {
        var path = Path.Combine(catalog.Root, "forms-" + Guid.NewGuid().ToString("N")[..6] + ".xlsx");
        var outcome = CliRun.Run(["export", path, "--catalog", catalog.CatalogDir, .. extra]);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        return path;
    }

    public static CliOutcome Import(TempCatalog catalog, string workbook, params string[] extra) =>
        CliRun.Run(["import", workbook, "--catalog", catalog.CatalogDir, .. extra]);

    public static void Edit(string workbook, Action<XLWorkbook> edit)
    {
        using (var wb = new XLWorkbook(workbook))
        {
            edit(wb);
            wb.Save();
        }
    }

    /// <summary>The row of a sheet whose first column is <paramref name="code"/> and whose column <paramref name="header"/> is <paramref name="value"/>.</summary>
    public static IXLRow Row(IXLWorksheet sheet, string code, string? header = null, string? value = null)
    {
        var column = header is null ? 0 : Column(sheet, header);
        foreach (var row in sheet.RowsUsed())
        {
            if (row.Cell(1).GetString() != code) continue;
            if (header is null || row.Cell(column).GetString() == value) return row;
        }
        throw new InvalidOperationException($"no row {code} {header}={value} in {sheet.Name}");
    }

    public static int Column(IXLWorksheet sheet, string header)
    {
        foreach (var cell in sheet.Row(1).CellsUsed())
        {
            if (cell.GetString() == header) return cell.Address.ColumnNumber;
        }
        throw new InvalidOperationException($"no column {header} in {sheet.Name}");
    }

    public static Dictionary<string, byte[]> Snapshot(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllBytes);

    /// <summary>A git-diff-like text of what changed between two snapshots: file headers and -/+ lines.</summary>
    public static string Diff(Dictionary<string, byte[]> before, Dictionary<string, byte[]> after)
    {
        var output = new List<string>();
        foreach (var path in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            before.TryGetValue(path, out var a);
            after.TryGetValue(path, out var b);
            if (a is not null && b is not null && a.AsSpan().SequenceEqual(b)) continue;
            output.Add(a is null ? $"+++ {path} (new)" : b is null ? $"--- {path} (deleted)" : $"*** {path}");
            output.AddRange(LineDiff(Lines(a), Lines(b)));
        }
        return string.Join("\n", output);
    }

    private static string[] Lines(byte[]? bytes) => bytes is null ? [] : System.Text.Encoding.UTF8.GetString(bytes).Split('\n');

    private static IEnumerable<string> LineDiff(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        for (var j = b.Length - 1; j >= 0; j--)
            lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { x++; y++; }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1])) yield return "-" + a[x++];
            else yield return "+" + b[y++];
        }
    }
}
