using System.Text.RegularExpressions;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Diagnostics;

/// <summary>
/// The message tables against the source: every message id the tools name is in both tables, and
/// Chinese text lives in Messages.Zh.cs — outside it only in the data vocabularies listed below
/// (each with its reason).
/// </summary>
public sealed partial class MessageSourceTests
{
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    /// <summary>An id given literally to Messages.Format/Text or to a MessageText (target-typed <c>new("…")</c> included).</summary>
    [GeneratedRegex(@"(?:Messages\.(?:Format|Text)\([^,()]+,\s*|new MessageText\(|new\()""([a-z][A-Za-z0-9]*\.[A-Za-z0-9.]+)""")]
    private static partial Regex MessageId();

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tools"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string Relative(string file) => Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');

    [Fact]
    public void Every_message_id_the_tools_name_is_in_both_tables()
    {
        var areas = Messages.Zh.Table.Keys.Select(k => k[..k.IndexOf('.')]).ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        var found = 0;
        foreach (var file in SourceFiles())
        {
            foreach (Match m in MessageId().Matches(File.ReadAllText(file)))
            {
                var id = m.Groups[1].Value;
                // A prefix completed at run time ("element." + key) is checked by the rows it names, not here.
                if (id.EndsWith('.')) continue;
                // A target-typed new("x.y") is a message only when x is an area of the tables (not "manifest.json").
                if (m.Value.StartsWith("new(", StringComparison.Ordinal) && !areas.Contains(id[..id.IndexOf('.')])) continue;
                found++;
                if (!Messages.Zh.Table.ContainsKey(id) || !Messages.En.Table.ContainsKey(id)) missing.Add($"{Relative(file)}: {id}");
            }
        }
        Assert.True(found > 300, $"only {found} message ids found: the pattern no longer matches the code");
        Assert.True(missing.Count == 0, "ids not in both tables:\n" + string.Join("\n", missing));
    }

    /// <summary>Catalog data and data contracts written in Chinese in every language: they stay in code.</summary>
    private static readonly Dictionary<string, string> DataVocabularies = new(StringComparer.Ordinal)
    {
        ["tools/CatalogTools.Core/Model/Vocabulary.cs"] = "the values the YAML files hold (在用, 工作日, 即办件…), checked by the schemas",
        ["tools/CatalogTools.Core/Model/Elements.cs"] = "a time limit as the files write it (5 个工作日)",
        ["tools/CatalogTools.Core/Model/Registries.cs"] = "the law status value of registries/laws.yaml (有效)",
        ["tools/CatalogTools.Core/Loading/RegistryReader.cs"] = "the default law status value (有效)",
        ["tools/CatalogTools.Core/Codes/RegionCode.cs"] = "region levels as regions.yaml writes them (省级, 市级…)",
        ["tools/CatalogTools.Core/Matching/NameKey.cs"] = "the traditional → simplified character table names are matched with",
        ["tools/CatalogTools.Core/Generation/ProvinceGenerator.cs"] = "the names and values of the synthetic province it writes",
        ["tools/CatalogTools.Excel/Layout/WorkbookLayout.cs"] = "sheet and column headers: the forms' data contract, Chinese in every language",
        ["tools/CatalogTools.Excel/Layout/EnglishNames.cs"] = "the forms' Chinese headers and values, each keyed to the message that names it in English",
        ["tools/CatalogTools.Excel/Export/HelpText.cs"] = "the input prompts written into the exported (Chinese) forms",
        ["tools/CatalogTools.Excel/Export/FormTemplate.cs"] = "the text of the exported (Chinese) forms",
        ["tools/CatalogTools.Excel/Export/PrintSetup.cs"] = "headers and footers printed on the (Chinese) forms",
        ["tools/CatalogTools.Excel/Export/ItemFlattener.cs"] = "form values (是/否) the import reads back",
        ["tools/CatalogTools.Excel/Export/WorkbookExporter.cs"] = "the text of the exported (Chinese) forms",
        ["tools/CatalogTools.Excel/Import/CellText.cs"] = "cell values the import reads (是/否, 2026年1月31日)",
        ["tools/CatalogTools.Git/Lock/LockFile.cs"] = "the header of catalog.lock, part of the file's format (bilingual in every language)",
        ["tools/CatalogTools.Git/Lock/MergeDriverConfig.cs"] = "the merge driver's name written into .git/config (bilingual in every language)",
        ["tools/CatalogTools.Query/Tables/ImplementationsTable.cs"] = "region levels as regions.yaml writes them",
        ["tools/CatalogTools.Query/Output/XlsxWriter.cs"] = "the query workbook's sheet name, part of the output format",
        ["tools/CatalogTools.Reports/Computing/DepartmentNames.cs"] = "department name suffixes matched in catalog data",
        ["tools/CatalogTools.Rules/Service/DepthChannelsRule.cs"] = "channel and depth values of the files (网上办事大厅, 三级)",
        ["tools/CatalogTools.Rules/Service/DepthVisitsRule.cs"] = "depth values of the files (四级)",
        ["tools/CatalogTools.Rules/Materials/CancelledProofRule.cs"] = "the default document of the cancelled-proof registry (证明事项清理)",
        ["tools/CatalogTools.Publishing/Audit/BeyondGuide.cs"] = "words matched in the served (Chinese) pages: 材料, 费用",
        ["tools/CatalogTools.Publishing/Channels/EntryPages.cs"] = "the published (Chinese) channel pages",
        ["tools/CatalogTools.Publishing/Channels/EntryViews.cs"] = "the published (Chinese) channel pages",
        ["tools/CatalogTools.Publishing/Channels/BundlePages.cs"] = "the published (Chinese) channel pages",
        ["tools/CatalogTools.Publishing/Channels/IChannel.cs"] = "the published (Chinese) channel pages",
        ["tools/CatalogTools.Publishing/Guides/GuideJson.cs"] = "values of the published guide JSON",
        ["tools/CatalogTools.Publishing/Rendering/JsonLd.cs"] = "values of the published pages' structured data",
        ["tools/CatalogTools.Publishing/Rendering/TemplateValues.cs"] = "the published (Chinese) channel pages",
        ["tools/CatalogTools.Publishing/Serving/ServedIndex.cs"] = "the fixed bilingual page serve shows at / of a publish folder: one page for every visitor, no language per request",
        ["tools/CatalogTools.Rules/RuleTable.cs"] = "docs/rules/README.md, a bilingual document generated as such",
    };

    [Fact]
    public void No_chinese_text_outside_the_message_tables_but_data_vocabularies()
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in SourceFiles())
        {
            var relative = Relative(file);
            if (relative.EndsWith("/Messages.Zh.cs", StringComparison.Ordinal) || relative.EndsWith("/Messages.En.cs", StringComparison.Ordinal)) continue;
            if (CodeLines(File.ReadAllText(file)).Any(l => Chinese().IsMatch(l))) found.Add(relative);
        }
        var unexpected = found.Where(f => !DataVocabularies.ContainsKey(f)).ToList();
        Assert.True(unexpected.Count == 0, "Chinese text outside Messages.Zh.cs (move it to the tables, or list a data vocabulary with its reason):\n" + string.Join("\n", unexpected));
        var stale = DataVocabularies.Keys.Where(f => !found.Contains(f)).ToList();
        Assert.True(stale.Count == 0, "listed but free of Chinese text now (take them off the list):\n" + string.Join("\n", stale));
    }

    /// <summary>The lines of a C# file without its comments (//, ///, /* */), so only code and literals are searched.</summary>
    private static IEnumerable<string> CodeLines(string text)
    {
        var inBlock = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            if (inBlock)
            {
                var end = line.IndexOf("*/", StringComparison.Ordinal);
                if (end < 0) continue;
                line = line[(end + 2)..];
                inBlock = false;
            }
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal)) continue;
            var code = new System.Text.StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (c == '"' && (i == 0 || line[i - 1] != '\\')) quoted = !quoted;
                if (!quoted && c == '/' && i + 1 < line.Length && line[i + 1] == '/') break;
                if (!quoted && c == '/' && i + 1 < line.Length && line[i + 1] == '*')
                {
                    var end = line.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        inBlock = true;
                        break;
                    }
                    i = end + 1;
                    continue;
                }
                code.Append(c);
            }
            yield return code.ToString();
        }
    }
}
