using System.CommandLine;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Writing;
using CatalogTools.Git.Repositories;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Channels;
using CatalogTools.Publishing.Fleet;
using CatalogTools.Publishing.Incremental;
using CatalogTools.Publishing.ObjectStore;
using CatalogTools.Publishing.Rendering;

namespace CatalogTools.Cli.Commands.Publish;

/// <summary>
/// `catalog publish -o DIR [--channel web|mobile|kiosk|all] [--key FILE] [--since MANIFEST] [--skip-invalid]`.
/// Every rule runs first: a catalog with errors is not published (exit 1, the errors listed), or with
/// --skip-invalid only its items without errors are.
/// </summary>
public static class PublishCommand
{
    public const string KeyVariable = "CATALOG_SIGNING_KEY";

    /// <summary>The longest validity a bundle may claim: verify-bundle refuses longer ones (a far-future expiry is a freeze waiting to happen).</summary>
    public const int MaxValidDays = BundleVerifier.MaxValidityDays;

    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var output = new Option<string>("--output", "-o") { HelpName = "DIR", Description = Bilingual.Of(new("publish.outputHelp")), Required = true };
        var channel = new Option<string[]>("--channel") { HelpName = "web|mobile|kiosk|all", Description = Bilingual.Of(new("publish.channelHelp")), DefaultValueFactory = _ => ["all"] };
        var key = new Option<string[]>("--key") { HelpName = "FILE", Description = Bilingual.Of(new("publish.keyHelp", ("keyVariable", KeyVariable))) };
        var trust = new Option<string?>("--trust") { HelpName = "DIR", Description = Bilingual.Of(new("publish.trustHelp")) };
        var timestampHours = Release.ReleaseCommand.TimestampHoursOption();
        var since = new Option<string?>("--since") { HelpName = "DIR|FILE", Description = Bilingual.Of(new("publish.sinceHelp")) };
        var validDays = new Option<int>("--valid-days") { HelpName = "DAYS", Description = Bilingual.Of(new("publish.validDaysHelp", ("maxValidDays", MaxValidDays))), DefaultValueFactory = _ => 30 };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = Bilingual.Of(new("publish.skipInvalidHelp")) };
        var templates = new Option<string?>("--templates") { HelpName = "DIR", Description = Bilingual.Of(new("publish.templatesHelp")) };
        var noCache = new Option<bool>("--no-cache") { Description = Bilingual.Of(new("publish.noCacheHelp")) };
        var to = new Option<string?>("--to") { HelpName = "s3://BUCKET/PREFIX", Description = Bilingual.Of(new("publish.toHelp")) };
        var keepReleases = new Option<int>("--keep-releases") { HelpName = "N", Description = Bilingual.Of(new("publish.keepReleasesHelp", ("keep", Publishing.Trust.ContentPrune.DefaultKeepReleases))), DefaultValueFactory = _ => Publishing.Trust.ContentPrune.DefaultKeepReleases };
        var catalog = CommonOptions.Catalog();
        var command = new Command("publish", Bilingual.Of(new("publish.help"))) { output, channel, key, since, validDays, skipInvalid, templates, noCache, to, catalog, trust, timestampHours, keepReleases };
        command.SetAction(parse =>
        {
            var request = new PublishCliRequest(parse.GetValue(catalog)!, parse.GetValue(output)!, parse.GetValue(channel) ?? ["all"], parse.GetValue(key)?.FirstOrDefault(),
                parse.GetValue(since), parse.GetValue(validDays), parse.GetValue(templates), CommonOptions.LangOf(parse), parse.GetValue(noCache))
            {
                SkipInvalid = parse.GetValue(skipInvalid),
                UploadTo = parse.GetValue(to),
                KeyFiles = parse.GetValue(key) ?? [],
                TrustFolder = parse.GetValue(trust),
                TimestampHours = parse.GetValue(timestampHours),
                KeepReleases = parse.GetValue(keepReleases),
            };
            return Execute(request, console, clock);
        });
        return command;
    }

    public static int Execute(PublishCliRequest request, CliConsole console, TimeProvider clock)
    {
        var channels = request.Channels.Contains("all") ? ChannelRegistry.Names.ToList() : request.Channels.Distinct().ToList();
        var unknown = channels.FirstOrDefault(c => ChannelRegistry.For(c) is null);
        if (unknown is not null)
        {
            console.Error.WriteLine(Messages.Format(request.Lang, "publish.unknownChannelChooseWebMobile", ("unknown", unknown)));
            return ExitCodes.CannotRun;
        }
        if (request.KeepReleases < 1)
        {
            console.Error.WriteLine(Messages.Text(request.Lang, "publish.keepReleasesAtLeastOne"));
            return ExitCodes.CannotRun;
        }
        if (request.ValidDays < 1 || request.ValidDays > MaxValidDays)
        {
            console.Error.WriteLine(Messages.Format(request.Lang, "publish.validDaysMustBeBetween", ("maxValidDays", MaxValidDays)));
            return ExitCodes.CannotRun;
        }
        var uploadTo = request.UploadTo is null ? null : S3Location.Parse(request.UploadTo, out var toError) ?? FailTo(console, request.Lang, toError!);
        if (request.UploadTo is not null && uploadTo is null) return ExitCodes.CannotRun;
        if (request.TimestampHours is < 1 or > 8784)
        {
            console.Error.WriteLine(Messages.Text(request.Lang, "publish.timestampHoursMustBeBetween"));
            return ExitCodes.CannotRun;
        }
        if (request.TrustFolder is not null && !Directory.Exists(request.TrustFolder))
        {
            console.Error.WriteLine(Messages.Format(request.Lang, "publish.rootMetadataFolderNotFound", ("trustFolder", request.TrustFolder)));
            return ExitCodes.CannotRun;
        }
        var keyFiles = request.KeyFiles.Count > 0 ? request.KeyFiles : request.KeyFile is null ? [] : [request.KeyFile];
        var keyPems = new List<string>();
        foreach (var file in keyFiles)
        {
            if (ReadKey(file, console, request.Lang) is not { } pem) return ExitCodes.CannotRun;
            keyPems.Add(pem);
        }
        if (keyPems.Count == 0 && Environment.GetEnvironmentVariable(KeyVariable) is { } fromEnvironment) keyPems.Add(fromEnvironment);
        var trustKeys = new List<Publishing.Trust.SigningKey>();
        foreach (var pem in keyPems)
        {
            if (Publishing.Trust.SigningKey.FromPem(pem, out var keyError) is not { } trustKey)
            {
                console.Error.WriteLine(Messages.Format(request.Lang, "publish.invalidSigningKey", ("keyError", keyError)));
                return ExitCodes.CannotRun;
            }
            trustKeys.Add(trustKey);
        }
        // manifest.sig (verify-bundle --key) is signed by the first P-256 key; SM2 keys sign the trust metadata only.
        var firstP256 = trustKeys.FindIndex(k => k.Algorithm == Publishing.Trust.KeyAlgorithm.P256);
        using var signingKey = firstP256 < 0 ? null : ManifestSigner.LoadPrivate(keyPems[firstP256], out _);
        if (keyPems.Count > 0 && signingKey is null)
        {
            console.Error.WriteLine(Messages.Text(request.Lang, "publish.noteNoPKeySo"));
        }

        var location = CatalogSession.Locate(request.Catalog, console, request.Lang);
        if (location is null) return ExitCodes.CannotRun;
        var templatesRoot = request.Templates ?? TemplateSet.FindRoot(location.CatalogRoot);
        if (templatesRoot is null || !Directory.Exists(templatesRoot))
        {
            console.Error.WriteLine(Messages.Text(request.Lang, "publish.noTemplatesFolderFoundIn"));
            return ExitCodes.CannotRun;
        }

        var timings = PhaseTimings.FromEnvironment(console);
        var source = SourceVersion.Of(SourceCommits.Of(location.CatalogRoot, templatesRoot), clock).AfterSince(request.Since, channels);
        timings?.Mark("source commit");
        if (source.Dirty)
        {
            console.Error.WriteLine(Messages.Format(request.Lang, "publish.noteTheWorkTreeHas", ("bundleVersion", source.BundleVersion), ("commit", source.Commit), ("treeDigest", source.TreeDigest)));
        }
        if (!source.InRepository)
        {
            console.Error.WriteLine(Messages.Format(request.Lang, "publish.noteTheCatalogIsNot", ("time", BundleManifest.Iso(source.Time))));
        }
        var validUntil = source.Time.AddDays(request.ValidDays);
        if (validUntil <= clock.GetUtcNow())
        {
            // Channels refuse an expired bundle; publishing one would replace a good bundle with one nobody may show.
            console.Error.WriteLine(Messages.Format(request.Lang, "publish.theBundleWouldBeExpired", ("time", BundleManifest.Iso(source.Time)), ("validDays", request.ValidDays), ("validUntil", BundleManifest.Iso(validUntil)), ("iso", BundleManifest.Iso(clock.GetUtcNow())), ("maxValidDays", MaxValidDays)));
            return ExitCodes.Findings;
        }
        if (keyPems.Count == 0)
        {
            console.Error.WriteLine(Messages.Format(request.Lang, "publish.noteNoSigningKeyKey", ("keyVariable", KeyVariable)));
        }

        var session = SourceSessions.Open(location, request.NoCache);
        using var progress = CliProgress.Start(console, request.Lang);
        var phases = progress.Phases(new MessageText("publish.verb"));
        var publishRequest = new PublishRequest(Path.GetFullPath(request.Output), channels, templatesRoot, source, validUntil, signingKey, request.Since)
        {
            Progress = phase =>
            {
                timings?.Mark(phase);
                phases(phase);
            },
            Clock = clock,
            SkipInvalid = request.SkipInvalid,
            JournalFolder = JournaledWriter.CacheFolder(JournaledWriter.WorkspaceOf(location.CatalogRoot)),
        };
        var heldBefore = ReleaseLedger.OfPublishFolder(publishRequest.OutputDirectory);
        PublishResult result;
        try
        {
            result = PublishSession.Run(publishRequest, new WorkTreeSource(session, progress));
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.All(x => x is IOException or UnauthorizedAccessException or TemplateException or Scriban.Syntax.ScriptRuntimeException))
        {
            // Channels and their items render in parallel: report the first cause; the old bundle stays in place (the swap had not happened).
            var first = e.Flatten().InnerExceptions[0];
            var what = first is Scriban.Syntax.ScriptRuntimeException ? Messages.Text(request.Lang, "publish.templateError") : Messages.Text(request.Lang, "publish.publishFailed");
            console.Error.WriteLine(Messages.Format(request.Lang, "publish.failure", ("what", what), ("message", first switch { TemplateException t => t.Reason, UnsafePathException u => u.Reason, _ => first.Message })));
            return ExitCodes.CannotRun;
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            console.Error.WriteLine(Messages.Format(request.Lang, "publish.templateError2", ("message", e.Message)));
            return ExitCodes.CannotRun;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Before the switch the old bundles stay as they were; after it began, the next catalog command completes it from the journal.
            console.Error.WriteLine(Messages.Format(request.Lang, "publish.publishFailed2", ("message", e.Message)));
            return ExitCodes.CannotRun;
        }
        finally
        {
            session.Dispose();
            timings?.Mark("cache saved");
            progress.Dispose();
        }
        if (result.Refused)
        {
            PublishRefusal.Write(console, result, request.SkipInvalid, request.Lang);
            return ExitCodes.Findings;
        }
        if (result.Incremental)
        {
            console.Out.WriteLine(Messages.Text(request.Lang, "publish.incrementalUpdateOnlyItemsChanged"));
        }
        foreach (var problem in result.Problems) console.Error.WriteLine(problem.In(request.Lang));
        // Once per publish, not per channel: every channel renders without the site's footer block.
        if (SiteConfig.MissingDiagnostic(location.CatalogRoot) is { } noSite && SeverityPolicy.Read(location).Apply(noSite) is { } shown)
        {
            console.Error.WriteLine(PublishRefusal.Line(shown, request.Lang));
        }
        foreach (var themeProblem in ThemeVocabulary.UnknownStandards(location.CatalogRoot))
        {
            if (SeverityPolicy.Read(location).Apply(themeProblem) is { } theme) console.Error.WriteLine(PublishRefusal.Line(theme, request.Lang));
        }
        PublishRefusal.WriteLeftOut(console, result, request.Lang);
        foreach (var (code, reason) in result.NotOffered)
            console.Out.WriteLine(Messages.Format(request.Lang, "publish.notPublished", ("code", code), ("reason", reason)));
        foreach (var c in result.Channels)
        {
            console.Out.WriteLine(Messages.Format(request.Lang, "publish.channelWritten", ("channel", c.Channel), ("items", c.Items), ("files", c.Files), ("filesWritten", c.FilesWritten), ("itemsRendered", c.ItemsRendered),
                ("sharedPagesReused", c.SharedPagesReused), ("signed", Messages.Text(request.Lang, c.Signed ? "publish.signed" : "publish.unsigned")), ("directory", c.Directory)));
            if (c.Delta is { } d)
            {
                console.Out.WriteLine(Messages.Format(request.Lang, "publish.sinceItemsAddedChangedRemoved", ("since", d.Since), ("addedItems", d.AddedItems.Count), ("changedItems", d.ChangedItems.Count), ("removedItems", d.RemovedItems.Count), ("changedFiles", d.ChangedFiles.Count), ("removedFiles", d.RemovedFiles.Count)));
            }
        }
        if (result.NotOffered.Count > 0)
        {
            var retiredStandard = result.NotOffered.Count(x => x.Reason.Id == "offering.standardRetired");
            console.Out.WriteLine(Messages.Format(request.Lang, "publish.implementationsNotPublishedOfThem", ("notOffered", result.NotOffered.Count), ("retiredStandard", retiredStandard)));
        }
        var trustExit = ExitCodes.Ok;
        if (result.Problems.Count == 0 && (trustKeys.Count > 0 || request.TrustFolder is not null))
        {
            // Trust metadata last: until its timestamp is written, channels that pull stay on the previous version.
            var trustResult = Publishing.Trust.TrustPublisher.Publish(new Publishing.Trust.TrustPublishRequest(
                Path.GetFullPath(request.Output), result.Channels.Select(c => c.Channel).ToList(), trustKeys, request.TrustFolder,
                source.Time, clock.GetUtcNow(), TimeSpan.FromHours(request.TimestampHours)));
            trustExit = Release.TrustReport.Write(console, trustResult, request.Lang);
            timings?.Mark("trust");
            // Only after a release: until then the previous timestamp's files must all stay.
            if (trustExit == ExitCodes.Ok && trustResult.Released) trustExit = PruneReport.Write(console, Publishing.Trust.ContentPrune.Prune(Path.GetFullPath(request.Output), request.KeepReleases), request.KeepReleases, request.Lang);
            timings?.Mark("prune");
        }
        if (result.Problems.Count > 0) return ExitCodes.CannotRun;
        if (!PublishedRecord.Write(console, publishRequest.OutputDirectory, heldBefore, clock, request.Lang)) return ExitCodes.CannotRun;
        timings?.Mark("record");
        // Nothing is uploaded until the trust metadata is complete (a threshold still short of signatures waits).
        if (trustExit != ExitCodes.Ok) return trustExit;
        return uploadTo is null ? ExitCodes.Ok : ObjectStoreUpload.Run(console, publishRequest.OutputDirectory, uploadTo, clock, request.Lang);
    }

    private static S3Location? FailTo(CliConsole console, Lang lang, MessageText error)
    {
        console.Error.WriteLine(Messages.Format(lang, "publish.invalidTo", ("error", error)));
        return null;
    }

    private static string? ReadKey(string file, CliConsole console, Lang lang)
    {
        if (File.Exists(file)) return File.ReadAllText(file);
        console.Error.WriteLine(Messages.Format(lang, "publish.keyFileNotFound", ("file", file)));
        return null;
    }
}

public sealed record PublishCliRequest(string Catalog, string Output, IReadOnlyList<string> Channels, string? KeyFile, string? Since, int ValidDays, string? Templates, Lang Lang, bool NoCache = false)
{
    public bool SkipInvalid { get; init; }

    /// <summary>s3://BUCKET/PREFIX to upload the publish folder to afterwards (--to), or null.</summary>
    public string? UploadTo { get; init; }

    /// <summary>Every --key given (the first is <see cref="PublishCliRequest.KeyFile"/>): P-256 or SM2, matched to roles by the root.</summary>
    public IReadOnlyList<string> KeyFiles { get; init; } = [];

    /// <summary>--trust: the folder of root versions to publish; null: the publish folder's own, or a default root of the first key.</summary>
    public string? TrustFolder { get; init; }

    public int TimestampHours { get; init; } = Release.ReleaseCommand.DefaultTimestampHours;

    /// <summary>--keep-releases: targets/ keeps what the last N releases of each channel reference.</summary>
    public int KeepReleases { get; init; } = Publishing.Trust.ContentPrune.DefaultKeepReleases;
}
