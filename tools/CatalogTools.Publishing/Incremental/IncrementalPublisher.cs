using CatalogTools.Core.Index;
using CatalogTools.Core.Writing;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Channels;

namespace CatalogTools.Publishing.Incremental;

/// <summary>
/// Publishes from a partial load (<see cref="IncrementalPlan"/>): the guides of the loaded
/// implementation files are built and compared with the recorded ones; every channel's new version is
/// then built beside it (<see cref="IncrementalChannel"/>) and all are switched in together (<see cref="FolderSwitch"/>). Returns null when the partial load turns
/// out not to be enough (a duplicate code, a standard code that moved between files, an item
/// that cannot be published): the caller then loads everything and publishes as usual.
/// </summary>
public static class IncrementalPublisher
{
    public static (PublishResult Result, IReadOnlyList<ImplementationRecord> Implementations)? Publish(PublishRequest request, IncrementalPlan plan, CatalogIndex index, out string reason)
    {
        reason = "";
        if (index.Duplicates.Count > 0) return Fail("duplicate codes", out reason);
        var state = plan.State;
        // Files whose records this run replaces: the loaded ones and the changed (also removed) implementation files.
        var replaced = new HashSet<string>(plan.ImplementationFiles, StringComparer.Ordinal);
        replaced.UnionWith(plan.ChangedFiles.Where(f => Core.Schema.FileKinds.FromPath(f) == Core.Schema.FileKind.Implementation));
        replaced.UnionWith(index.ImplementationList.Select(i => i.Source.File)); // also the unchanged 一件事 members loaded beside them (BundleMemberFiles)

        var touchedStandards = state.Standards.Where(s => plan.ChangedFiles.Contains(s.Path)).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        touchedStandards.UnionWith(index.StandardList.Where(s => plan.ChangedFiles.Contains(s.Source.File)).Select(s => s.Code));
        var kept = state.Implementations.Where(r => !replaced.Contains(r.File)).ToList();
        if (kept.Any(r => touchedStandards.Contains(r.StandardCode))) return Fail("a changed standard has implementations that were not loaded", out reason);
        var keptCodes = kept.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        if (index.ImplementationList.Any(i => keptCodes.Contains(i.Code))) return Fail("a loaded implementation's code is also in an unchanged file", out reason);

        var skipped = new List<Core.Diagnostics.MessageText>();
        var prepared = Publisher.Prepare(index, skipped);
        if (skipped.Count > 0) return Fail("an item cannot be published", out reason);
        request.Progress?.Invoke("prepare");

        var fresh = prepared.ToDictionary(g => g.Code, StringComparer.Ordinal);
        var records = kept.Concat(index.ImplementationList.Select(i => new ImplementationRecord(i.Code, i.Source.File, i.StandardCode, fresh.GetValueOrDefault(i.Code))))
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        var before = state.Implementations.Where(r => r.Guide is not null).ToDictionary(r => r.Code, r => r.Guide!.Hash, StringComparer.Ordinal);
        var changed = prepared.Where(g => !before.TryGetValue(g.Code, out var hash) || hash != g.Hash).ToList();
        var added = changed.Where(g => !before.ContainsKey(g.Code)).Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
        var removed = state.Implementations.Where(r => r.Guide is not null && replaced.Contains(r.File) && !fresh.ContainsKey(r.Code)).Select(r => r.Code).ToList();
        var listing = records.Where(r => r.Guide is not null).Select(r => r.Guide!).ToList();

        // Every manifest is checked before the first channel changes, so a fallback starts from untouched bundles.
        var updates = new List<(IncrementalChannel Update, ChannelState Recorded)>();
        var views = new ListingViews(index, listing);
        var listingChanges = ChangesOf(index, state, replaced, fresh);
        foreach (var name in request.Channels)
        {
            var (manifest, templates) = plan.Channels[name];
            var lines = ManifestLines.Of(manifest);
            var header = ManifestCodec.ReadHeader(manifest.Span);
            if (lines is null || header is null) return Fail($"{name}: manifest is not laid out one entry per line", out reason);
            var context = new ChannelContext(templates, index, request.Source, listing) { Views = views, Changes = listingChanges };
            updates.Add((new IncrementalChannel(request, ChannelRegistry.For(name)!, context, lines, header), state.Channels.First(c => c.Name == name)));
        }
        // Side by side: each channel is mostly one thread's work (shared pages, manifest patch), and an
        // update holds no more than three manifests at once.
        var results = new ChannelResult[updates.Count];
        using (var change = FolderSwitch.Begin(request.OutputDirectory, request.Channels, request.JournalFolder, BundleManifest.FileName))
        {
            Parallel.For(0, updates.Count, i => results[i] = updates[i].Update.Publish(changed, added, removed, updates[i].Recorded, change));
            request.Progress?.Invoke("channels");
            change.Commit(results.ToDictionary(r => r.Channel, r => r.ManifestSha256, StringComparer.Ordinal));
        }
        request.Progress?.Invoke("switch");
        return (new PublishResult(results.ToList(), [], []) { Listing = listing, Incremental = true }, records);
    }

    /// <summary>Each reloaded guide's listing as the state recorded it and as it is now (shared pages that list none are kept).</summary>
    private static ListingChanges ChangesOf(CatalogIndex index, PublishState state, HashSet<string> replaced, Dictionary<string, PreparedGuide> fresh)
    {
        var before = new Dictionary<string, GuideListing?>(StringComparer.Ordinal);
        foreach (var r in state.Implementations)
        {
            if (replaced.Contains(r.File)) before[r.Code] = r.Guide;
        }
        var pairs = new List<(GuideListing?, GuideListing?)>(before.Count + fresh.Count);
        foreach (var (code, old) in before) pairs.Add((old, fresh.GetValueOrDefault(code)));
        foreach (var (code, now) in fresh)
        {
            if (!before.ContainsKey(code)) pairs.Add((null, now));
        }
        return new ListingChanges(index, pairs);
    }

    private static (PublishResult, IReadOnlyList<ImplementationRecord>)? Fail(string why, out string reason)
    {
        reason = why;
        return null;
    }
}
