using System.Text;
using CatalogTools.Tests.Shared;

namespace CatalogTools.Core.Tests.Checking;

/// <summary>One expected diagnostic of a defect fixture (see Fixtures/Defects/README.md).</summary>
public sealed record ExpectedDiagnostic(string Rule, string Severity, string File, string Line, int Column, string? Item, string Fragment)
{
    /// <summary>"+N" lines count from the first appended line of the fixture's append to <see cref="File"/>.</summary>
    public string Key(IReadOnlyDictionary<string, int> appendBase)
    {
        var line = Line.StartsWith('+') ? appendBase[File] + int.Parse(Line[1..]) : int.Parse(Line);
        // As the CLI reports it: from the repository root, which for a temporary catalog is the folder holding catalog/.
        return $"{Rule} {Severity} catalog/{File}:{line}:{Column} {Item ?? "-"}";
    }
}

/// <summary>A folder of Fixtures/Defects: the files that plant one defect and the diagnostics it must produce.</summary>
public sealed class DefectFixture
{
    static DefectFixture()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private DefectFixture(string name, string directory, IReadOnlyList<ExpectedDiagnostic> expected)
    {
        Name = name;
        Directory = directory;
        Expected = expected;
    }

    public string Name { get; }
    public string Directory { get; }
    public IReadOnlyList<ExpectedDiagnostic> Expected { get; }

    public static string Root => Path.Combine(RepoPaths.Root, "tests", "CatalogTools.Core.Tests", "Fixtures", "Defects");

    public static IReadOnlyList<string> Names() =>
        System.IO.Directory.GetDirectories(Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static DefectFixture Load(string name)
    {
        var directory = Path.Combine(Root, name);
        var expected = new List<ExpectedDiagnostic>();
        foreach (var raw in File.ReadAllLines(Path.Combine(directory, "expected.txt"), Encoding.UTF8))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var bar = line.IndexOf(" | ", StringComparison.Ordinal);
            var fragment = bar < 0 ? "" : line[(bar + 3)..].Trim();
            var parts = (bar < 0 ? line : line[..bar]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 4) throw new FormatException($"{name}/expected.txt: cannot read '{raw}'");
            var place = parts[2].Split(':');
            expected.Add(new ExpectedDiagnostic(parts[0], parts[1], place[0], place[1], int.Parse(place[2]), parts[3] == "-" ? null : parts[3], fragment));
        }
        return new DefectFixture(name, directory, expected);
    }

    /// <summary>Plants the defect in <paramref name="catalog"/>; returns, per appended file, the line count before the append.</summary>
    public IReadOnlyDictionary<string, int> ApplyTo(TempCatalog catalog)
    {
        var appendBase = new Dictionary<string, int>(StringComparer.Ordinal);
        var source = Path.Combine(Directory, "catalog");
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(source, file).Replace('\\', '/');
            var text = File.ReadAllText(file, Encoding.UTF8);
            if (relative.EndsWith(".gb18030", StringComparison.Ordinal))
            {
                catalog.WriteBytes(relative[..^".gb18030".Length], Encoding.GetEncoding("GB18030").GetBytes(text));
            }
            else if (relative.EndsWith(".append", StringComparison.Ordinal))
            {
                var target = relative[..^".append".Length];
                var existing = catalog.Read(target);
                if (!existing.EndsWith('\n')) existing += "\n";
                appendBase[target] = existing.Count(c => c == '\n');
                catalog.Write(target, existing + text);
            }
            else
            {
                catalog.Write(relative, text);
            }
        }
        return appendBase;
    }

    public override string ToString() => Name;
}
