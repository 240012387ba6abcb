using System.Text;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Rules;
using CatalogTools.Tests.Shared;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CatalogTools.Rules.Tests.Support;

/// <summary>
/// One fixture folder under Fixtures/: <c>edits.yaml</c> (changes applied to a copy of the sample
/// catalog, or to an empty catalog when <c>base: empty</c>), optional <c>scope.txt</c> (codes of a
/// changed-only run), optional <c>changed.txt</c> (the files the change touched, relative to catalog/) and <c>expected.txt</c> (every diagnostic the check keeps, then the summary).
/// </summary>
public sealed class FixtureCase
{
    public static string Root => Path.Combine(RepoPaths.Root, "tests", "CatalogTools.Rules.Tests", "Fixtures");

    public FixtureCase(string name)
    {
        Name = name;
        Folder = Path.Combine(Root, name.Replace('/', Path.DirectorySeparatorChar));
    }

    public string Name { get; }
    public string Folder { get; }

    /// <summary>Every folder holding an expected.txt, as "CAT0045/fail".</summary>
    public static IEnumerable<string> All() =>
        Directory.EnumerateFiles(Root, "expected.txt", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, Path.GetDirectoryName(f)!).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);

    public string Expected => File.ReadAllText(Path.Combine(Folder, "expected.txt"), Encoding.UTF8).Replace("\r\n", "\n");

    /// <summary>Builds the catalog, checks it with every rule and renders what is kept.</summary>
    public CheckResult Run()
    {
        var edits = ReadEdits();
        using var catalog = edits.Base == "empty" ? TempCatalog.Empty() : TempCatalog.CopyOfSample();
        foreach (var edit in edits.Edits) Apply(catalog, edit);
        var scopeFile = Path.Combine(Folder, "scope.txt");
        IReadOnlySet<string>? scope = File.Exists(scopeFile)
            ? File.ReadAllLines(scopeFile).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal)
            : null;
        var changedFile = Path.Combine(Folder, "changed.txt");
        IReadOnlySet<string>? changed = File.Exists(changedFile)
            ? File.ReadAllLines(changedFile).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal)
            : null;
        var loaded = new CatalogLoader(CatalogLocation.Find(catalog.CatalogDir)!).Load();
        var result = new CatalogChecker(RuleSet.All, FixedClock.Default).Check(loaded, scope: scope, changedFiles: changed);
        return result;
    }

    public static string Render(CheckResult result, Lang lang)
    {
        var text = new StringBuilder();
        foreach (var d in result.Diagnostics)
        {
            text.Append(d.File).Append('(').Append(d.Line).Append(',').Append(d.Column).Append("): ")
                .Append(SeverityText.Id(d.Severity)).Append(' ').Append(d.Rule.Id).Append(" [").Append(d.Item).Append("] ")
                .Append(d.Message(lang)).Append('\n');
        }
        var s = result.Summary;
        text.Append($"summary: errors={s.Errors} warnings={s.Warnings} infos={s.Infos} suppressed={s.Suppressed}\n");
        return text.ToString();
    }

    private FixtureEdits ReadEdits()
    {
        var path = Path.Combine(Folder, "edits.yaml");
        if (!File.Exists(path)) return new FixtureEdits();
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        return deserializer.Deserialize<FixtureEdits>(File.ReadAllText(path, Encoding.UTF8)) ?? new FixtureEdits();
    }

    private static void Apply(TempCatalog catalog, FixtureEdit edit)
    {
        if (edit.Delete)
        {
            catalog.Delete(edit.File);
        }
        else if (edit.Write is not null)
        {
            catalog.Write(edit.File, edit.Write);
        }
        else if (edit.Append is not null)
        {
            catalog.Write(edit.File, catalog.Read(edit.File) + edit.Append);
        }
        else if (edit.Replace is not null)
        {
            catalog.Replace(edit.File, edit.Replace, edit.With ?? "");
        }
        else if (edit.CopyFrom is not null)
        {
            catalog.Write(edit.File, catalog.Read(edit.CopyFrom));
        }
    }
}

public sealed class FixtureEdits
{
    /// <summary>"sample" (default) or "empty".</summary>
    public string Base { get; set; } = "sample";

    public string? About { get; set; }

    public List<FixtureEdit> Edits { get; set; } = [];
}

/// <summary>One change to one file: replace text, append, write whole, copy another file, or delete.</summary>
public sealed class FixtureEdit
{
    public string File { get; set; } = "";
    public string? Replace { get; set; }
    public string? With { get; set; }
    public string? Append { get; set; }
    public string? Write { get; set; }
    public string? CopyFrom { get; set; }
    public bool Delete { get; set; }
}
