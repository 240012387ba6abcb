namespace CatalogTools.Publishing.Rendering;

/// <summary>
/// This build of the publishing code (its module version id, which a deterministic build changes only
/// when the code changes). Pages depend on it as much as on templates: how models are built, how
/// values are encoded. So it is part of the templates' fingerprint, of every shared page's input
/// fingerprint, and of the key of the recorded publish state: a new build re-renders everything once.
/// </summary>
public static class RendererBuild
{
    public static readonly string Id = typeof(RendererBuild).Assembly.ManifestModule.ModuleVersionId.ToString("N");
}
