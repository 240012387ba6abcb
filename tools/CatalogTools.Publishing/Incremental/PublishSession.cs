using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Sources;
using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Incremental;

/// <summary>
/// A publish from load to recorded state. With --since and a state that still describes the output
/// folder, only the changed files are loaded and only what changed is rendered
/// (<see cref="IncrementalPublisher"/>); otherwise the whole catalog is loaded and published
/// (<see cref="Publisher"/>). Either way every rule runs first (<see cref="PublishGate"/>): a catalog
/// with errors is not published. After a clean publish the state is recorded for the next one.
/// </summary>
public static class PublishSession
{
    public static PublishResult Run(PublishRequest request, IPublishSource source)
    {
        var store = source.States;
        var state = store is null || request.Since is null ? null : store.Read(request.OutputDirectory);
        request.Progress?.Invoke("state");
        // What changed since the recorded publish, asked of the source only to plan an update; a whole
        // publish takes its digests from its load. From git's tree diff when it can vouch for it, else
        // from every file's digest.
        var fromGit = state is null ? null : CommitChanges.Of(state, request.Source, source);
        var changes = fromGit ?? (state is null ? null : source.ChangesSince(new RecordedDigests(state.Sources)));
        var digests = changes?.CurrentDigests;
        request.Progress?.Invoke(fromGit is null ? "digests" : "changed files");
        using var plan = IncrementalPlan.Create(request, state, changes, out var reason);
        request.Progress?.Invoke("plan");
        if (plan is not null)
        {
            var partial = source.Load(plan.FilesToLoad);
            if (BundleMemberFiles.Missing(partial.Index, plan.State, digests!) is { Count: > 0 } members)
            {
                partial = source.Load(plan.FilesToLoad.Concat(members).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
            }
            request.Progress?.Invoke("load");
            // The rules look at the loaded items (the changed ones and those of changed standards), as a changed-only check does.
            var scope = partial.Index.ImplementationList.Select(i => i.Code)
                .Concat(partial.Index.StandardList.Where(s => plan.ChangedFiles.Contains(s.Source.File)).Select(s => s.Code))
                .ToHashSet(StringComparer.Ordinal);
            var gate = PublishGate.Decide(partial, request with { SkipInvalid = false }, scope);
            request.Progress?.Invoke("check");
            if (gate.Refusal.Count > 0 && !request.SkipInvalid) return Refused(gate.Refusal);
            if (gate.Refusal.Count > 0) reason = "errors with --skip-invalid (a whole publish leaves the items out)";
            else store!.Forget(request.OutputDirectory);
            if (gate.Refusal.Count == 0 && IncrementalPublisher.Publish(request, plan, partial.Index, out reason) is { } done)
            {
                if (!source.Drifted) store!.Write(request.OutputDirectory, StateOf(request, partial.Index, digests!, done.Implementations, done.Result));
                request.Progress?.Invoke("state saved");
                return done.Result;
            }
        }

        var loaded = source.Load(null);
        request.Progress?.Invoke("load");
        var decision = PublishGate.Decide(loaded, request);
        request.Progress?.Invoke("check");
        if (decision.Refusal.Count > 0) return Refused(decision.Refusal);
        store?.Forget(request.OutputDirectory);
        var result = new Publisher().Publish(request, loaded.Index, decision.Excluded) with { WholeLoadReason = request.Since is null ? "" : reason, LeftOut = decision.LeftOut };
        var loadedDigests = source.LoadedDigests();
        // A bundle with items left out records no state: the next --since loads everything and checks it again.
        if (store is not null && loadedDigests is not null && loadedDigests.Count == loaded.FileResults.Count
            && result.Problems.Count == 0 && result.SkippedItems.Count == 0 && decision.LeftOut.Count == 0 && loaded.Index.Duplicates.Count == 0)
        {
            var listing = result.Listing.ToDictionary(g => g.Code, StringComparer.Ordinal);
            var records = loaded.Index.ImplementationList.Select(i => new ImplementationRecord(i.Code, i.Source.File, i.StandardCode, listing.GetValueOrDefault(i.Code))).ToList();
            store.Write(request.OutputDirectory, StateOf(request, loaded.Index, loadedDigests, records, result));
            request.Progress?.Invoke("state saved");
        }
        return result;
    }

    /// <summary>What to record; the commit only when the work tree was that commit (clean), so the next update may diff from it.</summary>
    private static PublishState StateOf(PublishRequest request, CatalogIndex index, IReadOnlyList<SourceDigest> digests, IReadOnlyList<ImplementationRecord> records, PublishResult result) => new(
        Publisher.PageContextFingerprint(index),
        result.Channels.Select(c => new ChannelState(c.Channel, c.ManifestSha256, c.Templates, c.SharedPaths)).ToList(),
        digests,
        index.StandardList.Select(s => new StandardFile(s.Source.File, s.Code)).ToList(),
        records,
        request.Source is { InRepository: true, Dirty: false } clean ? clean.Commit : null);

    private static PublishResult Refused(IReadOnlyList<Diagnostic> errors) => new([], [], []) { Refusal = errors };
}
