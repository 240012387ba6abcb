using CatalogTools.Core.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace CatalogTools.Publishing.Rendering;

/// <summary>
/// Resolves <c>{{ include 'NAME' }}</c> to NAME.sbn-html in the channel's own template folder (the pager partial that
/// listing and region pages share). Names are plain words, so an include never leaves the folder; the template
/// names them, catalog data never does.
/// </summary>
internal sealed class PartialLoader(string directory) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!Bundles.BundlePath.IsPlainName(templateName)) throw new TemplateException(new("template.includeNotAName", ("at", callerSpan), ("name", templateName)));
        return Path.Combine(directory, templateName + ".sbn-html");
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        if (!File.Exists(templatePath)) throw new TemplateException(new("template.includeMissing", ("at", callerSpan), ("file", templatePath)));
        return File.ReadAllText(templatePath);
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(Load(context, callerSpan, templatePath));
}
