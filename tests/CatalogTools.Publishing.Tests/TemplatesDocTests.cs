using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>docs/templates.md names every page template a channel has, so a new template cannot ship undocumented.</summary>
public sealed class TemplatesDocTests
{
    [Fact]
    public void Every_page_template_is_named_in_docs_templates_md()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "templates.md"));
        var templates = Directory.GetFiles(RepoPaths.Templates, "*.sbn-html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Templates, f).Replace('\\', '/'))
            .ToList();
        Assert.NotEmpty(templates);
        Assert.All(templates, t => Assert.True(doc.Contains($"`{t}`", StringComparison.Ordinal), $"docs/templates.md does not name `{t}`"));
        foreach (var channel in Directory.GetDirectories(RepoPaths.Templates).Select(Path.GetFileName))
        {
            if (Directory.Exists(Path.Combine(RepoPaths.Templates, channel!, "assets")))
            {
                Assert.True(doc.Contains($"`{channel}/assets/*`", StringComparison.Ordinal), $"docs/templates.md does not name `{channel}/assets/*`");
            }
        }
    }
}
