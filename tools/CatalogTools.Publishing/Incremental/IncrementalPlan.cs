using System.Security.Cryptography;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Schema;
using CatalogTools.Core.Sources;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Rendering;

namespace CatalogTools.Publishing.Incremental;

/// <summary>
/// Whether <c>publish --since</c> can update the output folder from the recorded state, and what it
/// must load: every channel asked for must hold, byte for byte, the manifest the state recorded and
/// --since must name that same manifest; templates must be unchanged; and only item files
/// (standards, implementations) may have changed. Then the files to load are the changed
/// implementation files and those of every implementation whose standard file changed.
/// </summary>
public sealed class IncrementalPlan : IDisposable
{
    private IncrementalPlan(PublishState state, IReadOnlySet<string> changedFiles, IReadOnlySet<string> implementationFiles, IReadOnlyDictionary<string, (MappedFile Manifest, TemplateSet Templates)> channels)
    {
        State = state;
        ChangedFiles = changedFiles;
        ImplementationFiles = implementationFiles;
        Channels = channels;
    }

    public PublishState State { get; }

    /// <summary>Source files changed, added or removed since the recorded publish.</summary>
    public IReadOnlySet<string> ChangedFiles { get; }

    /// <summary>The implementation files to load (all standards, registries and the policy are always loaded).</summary>
    public IReadOnlySet<string> ImplementationFiles { get; }

    /// <summary>Per channel: its current manifest.json (mapped until the plan is disposed) and its templates.</summary>
    internal IReadOnlyDictionary<string, (MappedFile Manifest, TemplateSet Templates)> Channels { get; }

    public void Dispose()
    {
        foreach (var (manifest, _) in Channels.Values) manifest.Dispose();
    }

    /// <summary>What the partial load reads, in path order: every file but the implementation files not in <see cref="ImplementationFiles"/>.</summary>
    public IReadOnlyList<string> FilesToLoad { get; private init; } = [];

    /// <summary>The plan, or null with the reason an incremental update does not apply.</summary>
    /// <param name="changes">What changed since the state's digests (<see cref="RecordedDigests"/>), with the current digests.</param>
    public static IncrementalPlan? Create(PublishRequest request, PublishState? state, CatalogChanges? changes, out string reason)
    {
        reason = "";
        if (request.Since is null) return Fail("no --since", out reason);
        if (state is null || changes?.CurrentDigests is null) return Fail("no recorded state", out reason);
        // Manifests stay mapped for the plan's lifetime; a plan not made lets go of them at once.
        var mapped = new List<MappedFile>();
        IncrementalPlan? plan = null;
        try
        {
            plan = Create(request, state, changes, mapped, out reason);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reason = e.Message;
        }
        if (plan is null) mapped.ForEach(m => m.Dispose());
        return plan;
    }

    private static IncrementalPlan? Create(PublishRequest request, PublishState state, CatalogChanges changes, List<MappedFile> mapped, out string reason)
    {
        reason = "";
        var sources = changes.CurrentDigests!;
        var channels = new Dictionary<string, (MappedFile, TemplateSet)>(StringComparer.Ordinal);
        foreach (var name in request.Channels)
        {
            var recorded = state.Channels.FirstOrDefault(c => c.Name == name);
            if (recorded is null) return Fail($"{name}: not in the recorded state", out reason);
            var current = Path.Combine(request.OutputDirectory, name, BundleManifest.FileName);
            if (!File.Exists(current)) return Fail($"{name}: no manifest in the output folder", out reason);
            var manifest = MappedFile.Open(current);
            mapped.Add(manifest);
            if (Convert.ToHexStringLower(SHA256.HashData(manifest.Span)) != recorded.ManifestSha256) return Fail($"{name}: manifest changed since it was recorded", out reason);
            var since = Publisher.SincePath(request.Since!, name);
            if (Path.GetFullPath(since) != Path.GetFullPath(current) && !(File.Exists(since) && File.ReadAllBytes(since).AsSpan().SequenceEqual(manifest.Span)))
            {
                return Fail($"{name}: --since names another manifest than the output folder holds", out reason);
            }
            TemplateSet templates;
            try
            {
                templates = TemplateSet.Load(request.TemplatesRoot, name);
            }
            catch (TemplateException)
            {
                return Fail($"{name}: templates do not load", out reason);
            }
            if (templates.Fingerprint != recorded.Templates) return Fail($"{name}: templates changed", out reason);
            channels[name] = (manifest, templates);
        }

        var changed = changes.Paths;
        var standardCodes = new HashSet<string>(StringComparer.Ordinal);
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in changes.Files)
        {
            if (file.Kind == FileKind.Implementation) files.Add(file.Path);
            else if (file.Kind != FileKind.StandardItem) return Fail($"{file.Path} changed (not an item file)", out reason);
        }
        foreach (var standard in state.Standards)
        {
            if (changed.Contains(standard.Path)) standardCodes.Add(standard.Code);
        }
        foreach (var record in state.Implementations)
        {
            if (standardCodes.Contains(record.StandardCode)) files.Add(record.File);
        }
        var present = sources.Select(s => s.Path).ToHashSet(StringComparer.Ordinal);
        files.RemoveWhere(f => !present.Contains(f));
        var load = sources.Select(s => s.Path).Where(p => FileKinds.FromPath(p) != FileKind.Implementation || files.Contains(p)).ToList();
        return new IncrementalPlan(state, changed, files, channels) { FilesToLoad = load };
    }

    private static IncrementalPlan? Fail(string why, out string reason)
    {
        reason = why;
        return null;
    }
}
