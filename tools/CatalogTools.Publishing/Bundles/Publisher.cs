using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CatalogTools.Core.Compliance;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Model;
using CatalogTools.Core.Writing;
using CatalogTools.Publishing.Channels;
using CatalogTools.Publishing.Guides;
using CatalogTools.Publishing.Rendering;

namespace CatalogTools.Publishing.Bundles;

/// <summary>
/// Publishes every active guide to each channel as a bundle: files rendered from templates,
/// manifest.json with file and item hashes, manifest.sig. Each channel's new version is built in a
/// stage beside its folder by the <see cref="BundleWriter"/> and switched in with one rename
/// (<see cref="FolderSwitch"/>); with <see cref="PublishRequest.Since"/> matching the folder, only
/// changed items are rendered and the stage holds them plus hard links to the unchanged files; else
/// the new version is made from an empty bundle.
/// </summary>
public sealed class Publisher
{
    /// <param name="excluded">Implementation codes left out (--skip-invalid: the items with errors).</param>
    public PublishResult Publish(PublishRequest request, Core.Index.CatalogIndex index, IReadOnlySet<string>? excluded = null)
    {
        var problems = new List<MessageText>();
        var skipped = new List<MessageText>();
        var guides = Prepare(index, skipped, excluded);
        request.Progress?.Invoke("prepare");
        // An item whose codes do not fit their schemes is never written; without --skip-invalid nothing is.
        if (skipped.Count > 0 && !request.SkipInvalid) return new PublishResult([], problems, skipped) { Listing = guides };
        var results = new List<ChannelResult>();
        Directory.CreateDirectory(request.OutputDirectory);
        var outcomes = new List<(ChannelResult? Result, List<MessageText> Problems)>();
        // Every channel's new version is built beside the old one and all are switched at the end, each with one rename.
        using (var change = FolderSwitch.Begin(request.OutputDirectory, request.Channels.Where(n => ChannelRegistry.For(n) is not null).ToList(), request.JournalFolder, BundleManifest.FileName))
        {
            // One channel after the other: side by side they held three 50 MB manifests and their
            // dictionaries at once (2 GB) and were not faster on two busy cores.
            var views = new ListingViews(index, guides);
            foreach (var name in request.Channels) outcomes.Add(PublishOne(request, index, views, name, guides, change));
            request.Progress?.Invoke("stage");
            // Old versions go only after every channel is switched: on ext4 without a journal, creating files
            // right after deleting many is slow (the allocator skips recently freed inodes one by one).
            change.Commit(outcomes.Where(o => o.Result is not null).ToDictionary(o => o.Result!.Channel, o => o.Result!.ManifestSha256, StringComparer.Ordinal));
        }
        request.Progress?.Invoke("switch");
        foreach (var (result, channelProblems) in outcomes)
        {
            problems.AddRange(channelProblems);
            if (result is not null) results.Add(result);
        }
        return new PublishResult(results, problems, skipped)
        {
            Listing = guides,
            NotOffered = Offering.LeftOut(index).Select(x => (x.Implementation.Code, Offering.Describe(x.Reason, x.Implementation))).ToList(),
        };
    }

    private static (ChannelResult? Result, List<MessageText> Problems) PublishOne(PublishRequest request, Core.Index.CatalogIndex index, ListingViews views, string name, IReadOnlyList<PreparedGuide> guides, FolderSwitch change)
    {
        var problems = new List<MessageText>();
        var channel = ChannelRegistry.For(name);
        if (channel is null)
        {
            problems.Add(new("bundle.unknownChannelName", ("name", name), ("names", new MessageList("list.separator", [.. ChannelRegistry.Names.Select(n => (MessageArgument)n)]))));
            return (null, problems);
        }
        TemplateSet templates;
        try
        {
            templates = TemplateSet.Load(request.TemplatesRoot, name);
        }
        catch (TemplateException e)
        {
            problems.Add(e.Reason);
            return (null, problems);
        }
        var since = LoadSince(request.Since, name, problems);
        request.Progress?.Invoke($"{name}:since");
        if (request.Since is not null && since is null) return (null, problems);
        return (PublishChannel(request, channel, new ChannelContext(templates, index, request.Source, guides) { Views = views }, guides, since, change), problems);
    }

    /// <summary>
    /// Active guides in code order, with canonical JSON and hash (built in parallel, once for all channels).
    /// Items whose codes do not fit their schemes (<see cref="PublishableCodes"/>) go to <paramref name="skipped"/>
    /// as "code: reason"; codes in <paramref name="excluded"/> are left out silently (the caller lists them).
    /// </summary>
    public static List<PreparedGuide> Prepare(Core.Index.CatalogIndex index, List<MessageText> skipped, IReadOnlySet<string>? excluded = null)
    {
        var items = index.ResolveAll().Where(i => Offering.IsOffered(i) && (excluded is null || !excluded.Contains(i.Code))).ToList();
        var builder = new GuideBuilder(index);
        var prepared = new PreparedGuide?[items.Count];
        var reasons = new MessageText?[items.Count];
        Parallel.For(0, items.Count, i =>
        {
            var item = items[i];
            if (PublishableCodes.Problem(item, index) is { } problem)
            {
                reasons[i] = problem;
                return;
            }
            var json = GuideJson.Canonical(builder.Build(item));
            prepared[i] = new PreparedGuide(item.Code, item.Implementation.Region, item.Implementation.Agency, item.Name, item.Type, json, GuideJson.Hash(json),
                item.Implementation.StandardCode, string.Join('、', item.ServiceObjects));
        });
        for (var i = 0; i < items.Count; i++)
        {
            if (prepared[i] is null) skipped.Add(new("bundle.skippedItem", ("code", Display.Escape(items[i].Code)), ("reason", reasons[i])));
        }
        return prepared.Where(p => p is not null).Select(p => p!).ToList();
    }

    /// <summary>The manifest.json that --since names for a channel: CHANNEL/manifest.json in a folder, or the file itself.</summary>
    public static string SincePath(string since, string channel) => Directory.Exists(since) ? Path.Combine(since, channel, BundleManifest.FileName) : since;

    private static (BundleManifest Manifest, byte[] Bytes)? LoadSince(string? since, string channel, List<MessageText> problems)
    {
        if (since is null) return null;
        var path = SincePath(since, channel);
        if (!File.Exists(path))
        {
            problems.Add(new("bundle.sinceNotFound", ("path", path)));
            return null;
        }
        var bytes = File.ReadAllBytes(path);
        var manifest = BundleManifest.Parse(bytes, out var error);
        if (manifest is null)
        {
            problems.Add(new("bundle.sinceUnreadable", ("path", path), ("error", error)));
            return null;
        }
        if (manifest.Channel != channel)
        {
            problems.Add(new("bundle.sinceOtherChannel", ("path", path), ("manifestChannel", manifest.Channel), ("channel", channel)));
            return null;
        }
        return (manifest, bytes);
    }

    private static ChannelResult PublishChannel(PublishRequest request, IChannel channel, ChannelContext context, IReadOnlyList<PreparedGuide> guides, (BundleManifest Manifest, byte[] Bytes)? since, FolderSwitch change)
    {
        var target = Path.Combine(request.OutputDirectory, channel.Name);
        var old = since?.Manifest;
        var oldItems = old?.Items.ToDictionary(i => i.Code, StringComparer.Ordinal) ?? [];
        var oldFiles = old?.Files.ToDictionary(f => f.Path, StringComparer.Ordinal) ?? [];

        // In place when the output folder holds exactly the --since bundle built from the same templates.
        var currentManifest = Path.Combine(target, BundleManifest.FileName);
        var pageContext = PageContextFingerprint(context.Index);
        var inPlace = since is not null && old!.Templates == context.Templates.Fingerprint && old.Context == pageContext && File.Exists(currentManifest)
            && SHA256.HashData(File.ReadAllBytes(currentManifest)).AsSpan().SequenceEqual(SHA256.HashData(since.Value.Bytes));

        // An update in place keeps the current bundle's unchanged files; otherwise the new version is made from an empty bundle.
        var writer = BundleWriter.In(change, channel.Name, inPlace ? BundleBase.Of(target, oldFiles) : BundleBase.Empty);
        var files = new ConcurrentDictionary<string, ManifestFile>(StringComparer.Ordinal);
        void Write(string relative, byte[] bytes, string? input = null) => files[relative] = writer.Put(relative, bytes, input);

        var version = context.Source.BundleVersion;
        var manifestItems = new ManifestItem[guides.Count];
        var rendered = 0;
        Parallel.For(0, guides.Count, i =>
        {
            var guide = guides[i];
            var unchanged = oldItems.TryGetValue(guide.Code, out var previous) && previous.Hash == guide.Hash;
            manifestItems[i] = new ManifestItem(guide.Code, guide.Hash, unchanged ? previous!.Version : version);
            if (inPlace && unchanged)
            {
                var paths = channel.ItemPaths(guide.Code);
                if (paths.All(oldFiles.ContainsKey))
                {
                    foreach (var p in paths) files[p] = writer.Keep(oldFiles[p]);
                    return;
                }
            }
            channel.RenderItem(guide, context, Write);
            Interlocked.Increment(ref rendered);
        });
        request.Progress?.Invoke($"{channel.Name}:items");
        // A shared page made from the same inputs as the one in the bundle being updated is kept as it is.
        var reused = 0;
        var shared = new List<string>();
        void WriteShared(string relative, byte[] bytes, string? input)
        {
            shared.Add(relative);
            Write(relative, bytes, input);
        }
        bool Reuse(string relative, string input)
        {
            if (!inPlace || !oldFiles.TryGetValue(relative, out var previous) || previous.Input != input) return false;
            shared.Add(relative);
            files[relative] = writer.Keep(previous);
            reused++;
            return true;
        }
        channel.RenderShared(context, new SharedSink(WriteShared, Reuse));
        request.Progress?.Invoke($"{channel.Name}:shared");

        BundleDelta? delta = null;
        if (old is not null)
        {
            var newCodes = manifestItems.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
            var changedFiles = files.Values.Where(f => !oldFiles.TryGetValue(f.Path, out var o) || o.Sha256 != f.Sha256).Select(f => f.Path).Where(p => p != BundleManifest.DeltaFileName);
            delta = new BundleDelta(
                old.BundleVersion,
                context.Source.BundleVersion,
                manifestItems.Where(m => !oldItems.ContainsKey(m.Code)).Select(m => m.Code).ToList(),
                manifestItems.Where(m => oldItems.TryGetValue(m.Code, out var o) && o.Hash != m.Hash).Select(m => m.Code).ToList(),
                oldItems.Keys.Where(c => !newCodes.Contains(c)).Order(StringComparer.Ordinal).ToList(),
                changedFiles.Order(StringComparer.Ordinal).ToList(),
                oldFiles.Keys.Where(p => !files.ContainsKey(p) && p != BundleManifest.DeltaFileName).Order(StringComparer.Ordinal).ToList());
            WriteShared(BundleManifest.DeltaFileName, delta.ToBytes(), null);
        }

        foreach (var item in manifestItems) writer.SetItem(item);
        foreach (var path in oldFiles.Keys)
        {
            if (!files.ContainsKey(path)) writer.Remove(path);
        }
        var header = new BundleManifest(
            BundleManifest.FormatName,
            channel.Name,
            context.Source.BundleVersion,
            context.Source.Commit,
            BundleManifest.Iso(context.Source.Time),
            BundleManifest.Iso(request.ValidUntil),
            context.Templates.Fingerprint,
            pageContext,
            [],
            [])
        {
            SourceDirty = context.Source.Dirty,
            SourceTreeDigest = context.Source.TreeDigest,
        };
        // The stage is completed from the plan: unchanged files linked from the current bundle, then the manifest and its signature.
        var (sha256, _, _, signature) = writer.Commit(header, request.SigningKey);
        request.Progress?.Invoke($"{channel.Name}:stage");

        return new ChannelResult(channel.Name, target, manifestItems.Length, files.Count, writer.Written, rendered, signature is not null, delta, reused)
        {
            ManifestSha256 = Convert.ToHexStringLower(sha256),
            Templates = context.Templates.Fingerprint,
            SharedPaths = shared.Order(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>SHA-256 over the region registry (codes, names, parents) and site.yaml: item pages show breadcrumbs, the site title and footer from them.</summary>
    public static string PageContextFingerprint(Core.Index.CatalogIndex index)
    {
        var text = new System.Text.StringBuilder();
        foreach (var r in index.Regions.Values.OrderBy(r => r.Code, StringComparer.Ordinal)) text.Append(r.Code).Append('\t').Append(r.Name).Append('\t').Append(r.Parent).Append('\n');
        text.Append("site\t").Append(SiteConfig.Fingerprint(index.Root)).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
    }
}
