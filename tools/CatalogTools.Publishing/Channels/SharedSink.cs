using System.Text;
using CatalogTools.Publishing.Rendering;
using Scriban.Runtime;

namespace CatalogTools.Publishing.Channels;

/// <summary>
/// Where a channel writes its shared files (index and region pages, search index, assets). A template
/// page is rendered only when no previous bundle holds it rendered from the same inputs
/// (<see cref="ModelFingerprint"/>); <paramref name="reuse"/> keeps the previous file then. An incremental publish also
/// gives the <paramref name="previous"/> bundle's shared files, to keep without a fingerprint when it knows their inputs
/// did not change (<see cref="ListingChanges"/>) and to patch (the search index).
/// </summary>
public sealed class SharedSink(FileSink write, Func<string, string, bool> reuse, PreviousShared? previous = null)
{
    /// <summary>The previous bundle's shared files; null for a full publish.</summary>
    public PreviousShared? Previous => previous;

    /// <summary>Keeps the previous bundle's file as it is; false when it had none (or there is no previous bundle): then make it.</summary>
    public bool Keep(string relativePath) => previous is not null && previous.Keep(relativePath);

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

/// <summary>
/// The shared files of the bundle an incremental publish updates: their paths, how to keep one unchanged (false when
/// the bundle has no such shared file), and how to read one (null when missing or not the bytes its manifest lists).
/// </summary>
public sealed class PreviousShared(IReadOnlyCollection<string> paths, Func<string, bool> keep, Func<string, byte[]?> read)
{
    public IReadOnlyCollection<string> Paths => paths;

    public bool Keep(string relativePath) => keep(relativePath);

    public byte[]? Read(string relativePath) => read(relativePath);
}
