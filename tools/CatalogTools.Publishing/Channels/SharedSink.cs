using System.Text;
using CatalogTools.Publishing.Rendering;
using Scriban.Runtime;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// Where a channel writes its shared files (index and region pages, search index, assets). A template
/// page is rendered only when no previous bundle holds it rendered from the same inputs
/// (<see cref="ModelFingerprint"/>); <paramref name="reuse"/> keeps the previous file then.
/// </summary>
public sealed class SharedSink(FileSink write, Func<string, string, bool> reuse)
{
    public void File(string relativePath, byte[] bytes) => write(relativePath, bytes);

    /// <summary>A data file made from an input fingerprinted beforehand: rendered only when no previous bundle holds it made from the same input.</summary>
    public void File(string relativePath, string input, Func<byte[]> render)
    {
        if (reuse(relativePath, input)) return;
        write(relativePath, render(), input);
    }

    public void Page(string relativePath, TemplateSet templates, string template, ScriptObject model) =>
        Page(relativePath, templates, template, ModelFingerprint.Of(template, model), () => model);

    /// <summary>A page whose model's fingerprint is known (shared between channels); the model is built only to render.</summary>
    public void Page(string relativePath, TemplateSet templates, string template, string input, Func<ScriptObject> model)
    {
        if (reuse(relativePath, input)) return;
        write(relativePath, Encoding.UTF8.GetBytes(templates.Render(template, model())), input);
    }
}
