using System.Text.Encodings.Web;
using System.Text.Json;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Git.Diff;

/// <summary>The diff as JSON for machines: every change with its element, kind, subject, values and wording.</summary>
public static class DiffJson
{
    public static void Write(TextWriter output, CatalogDiff diff, Lang lang)
    {
        var document = new
        {
            from = diff.From,
            to = diff.To,
            items = diff.Items.Select(i => new
            {
                code = i.Code,
                layer = i.Layer,
                kind = i.Kind.ToString().ToLowerInvariant(),
                name = i.Name,
                file = i.File,
                changes = i.Changes.Select(c => new
                {
                    element = c.Element,
                    kind = c.Kind.ToString().ToLowerInvariant(),
                    subject = c.Subject,
                    from = c.FromText(lang),
                    to = c.ToText(lang),
                    text = c.Describe(lang),
                }),
            }),
            registries = diff.Registries,
            unreadable = diff.Unreadable,
            summary = diff.Summary,
            impact = diff.Impact,
        };
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        };
        output.WriteLine(JsonSerializer.Serialize(document, options));
    }
}
