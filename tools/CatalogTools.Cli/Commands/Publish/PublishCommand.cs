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
        var output = new Option<string>("--output", "-o") { HelpName = "DIR", Description = "输出文件夹（每个渠道一个子文件夹）/ output folder, one sub-folder per channel", Required = true };
        var channel = new Option<string[]>("--channel") { HelpName = "web|mobile|kiosk|all", Description = "web|mobile|kiosk|all，可重复 / repeatable", DefaultValueFactory = _ => ["all"] };
        var key = new Option<string[]>("--key") { HelpName = "FILE", Description = $"签名私钥 PEM 文件，P-256 或 SM2，可重复（或环境变量 {KeyVariable} 中的 PEM 文本）/ signing keys (repeatable)" };
        var trust = new Option<string?>("--trust") { HelpName = "DIR", Description = "根元数据文件夹（1.root.json……，见 catalog root）；不给时用 --key 的第一个密钥生成默认根 / the root metadata folder" };
        var timestampHours = Release.ReleaseCommand.TimestampHoursOption();
        var since = new Option<string?>("--since") { HelpName = "DIR|FILE", Description = "上次发布的文件夹或某渠道的 manifest.json：写出 delta.json，只重新生成变化的事项 / previous publish" };
        var validDays = new Option<int>("--valid-days") { HelpName = "DAYS", Description = $"有效期：源提交时间之后的天数（默认 30，最多 {MaxValidDays}）/ days after the source commit", DefaultValueFactory = _ => 30 };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "只发布没有错误的事项，并列出未发布的事项（默认：目录有错误就不发布）/ publish only the items without errors, listing the others" };
        var templates = new Option<string?>("--templates") { HelpName = "DIR", Description = "模板文件夹（默认目录旁的 templates/，否则工具自带）/ templates folder" };
        var noCache = new Option<bool>("--no-cache") { Description = "不读写 .catalog-cache/ / do not use the parse cache" };
        var to = new Option<string?>("--to") { HelpName = "s3://BUCKET/PREFIX", Description = "发布后上传到 S3 兼容的对象存储（地址与凭据取自环境变量 AWS_ENDPOINT_URL、AWS_ACCESS_KEY_ID 等）：先内容，再清单，最后 timestamp.json；只上传变化的文件 / then upload to S3-compatible storage" };
        var keepReleases = new Option<int>("--keep-releases") { HelpName = "N", Description = $"签发后清理 targets/ 中最近 N 个版本都不再引用的内容寻址文件（默认 {Publishing.Trust.ContentPrune.DefaultKeepReleases}，至少 1；当前版本的文件始终保留）/ prune targets/ files no release of the last N references", DefaultValueFactory = _ => Publishing.Trust.ContentPrune.DefaultKeepReleases };
        var catalog = CommonOptions.Catalog();
        var command = new Command("publish", "发布办事指南：网站、移动端、自助终端，签名的版本化发布包 / publish signed bundles") { output, channel, key, since, validDays, skipInvalid, templates, noCache, to, catalog, trust, timestampHours, keepReleases };
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
        var zh = request.Lang == Lang.Zh;
        var channels = request.Channels.Contains("all") ? ChannelRegistry.Names.ToList() : request.Channels.Distinct().ToList();
        var unknown = channels.FirstOrDefault(c => ChannelRegistry.For(c) is null);
        if (unknown is not null)
        {
            console.Error.WriteLine(zh ? $"未知渠道『{unknown}』，可选：web、mobile、kiosk、all" : $"unknown channel '{unknown}'; choose web, mobile, kiosk or all");
            return ExitCodes.CannotRun;
        }
        if (request.KeepReleases < 1)
        {
            console.Error.WriteLine(zh ? "--keep-releases 至少为 1（当前版本）" : "--keep-releases must be at least 1 (the current version)");
            return ExitCodes.CannotRun;
        }
        if (request.ValidDays < 1 || request.ValidDays > MaxValidDays)
        {
            console.Error.WriteLine(zh ? $"--valid-days 必须在 1 到 {MaxValidDays} 之间" : $"--valid-days must be between 1 and {MaxValidDays}");
            return ExitCodes.CannotRun;
        }
        var uploadTo = request.UploadTo is null ? null : S3Location.Parse(request.UploadTo, out var toError) ?? FailTo(console, zh, toError!);
        if (request.UploadTo is not null && uploadTo is null) return ExitCodes.CannotRun;
        if (request.TimestampHours is < 1 or > 8784)
        {
            console.Error.WriteLine(zh ? "--timestamp-hours 必须在 1 到 8784 之间" : "--timestamp-hours must be between 1 and 8784");
            return ExitCodes.CannotRun;
        }
        if (request.TrustFolder is not null && !Directory.Exists(request.TrustFolder))
        {
            console.Error.WriteLine(zh ? $"找不到根元数据文件夹『{request.TrustFolder}』" : $"root metadata folder '{request.TrustFolder}' not found");
            return ExitCodes.CannotRun;
        }
        var keyFiles = request.KeyFiles.Count > 0 ? request.KeyFiles : request.KeyFile is null ? [] : [request.KeyFile];
        var keyPems = new List<string>();
        foreach (var file in keyFiles)
        {
            if (ReadKey(file, console, zh) is not { } pem) return ExitCodes.CannotRun;
            keyPems.Add(pem);
        }
        if (keyPems.Count == 0 && Environment.GetEnvironmentVariable(KeyVariable) is { } fromEnvironment) keyPems.Add(fromEnvironment);
        var trustKeys = new List<Publishing.Trust.SigningKey>();
        foreach (var pem in keyPems)
        {
            if (Publishing.Trust.SigningKey.FromPem(pem, out var keyError) is not { } trustKey)
            {
                console.Error.WriteLine(zh ? $"签名私钥无效：{keyError}" : $"invalid signing key: {keyError}");
                return ExitCodes.CannotRun;
            }
            trustKeys.Add(trustKey);
        }
        // manifest.sig (verify-bundle --key) is signed by the first P-256 key; SM2 keys sign the trust metadata only.
        var firstP256 = trustKeys.FindIndex(k => k.Algorithm == Publishing.Trust.KeyAlgorithm.P256);
        using var signingKey = firstP256 < 0 ? null : ManifestSigner.LoadPrivate(keyPems[firstP256], out _);
        if (keyPems.Count > 0 && signingKey is null)
        {
            console.Error.WriteLine(zh ? "注意：没有 P-256 密钥，未写 manifest.sig（verify-bundle --key 将拒绝）；用 verify-bundle --root 按信任元数据校验。" : "note: no P-256 key, so no manifest.sig (verify-bundle --key will refuse); verify with verify-bundle --root against the trust metadata.");
        }

        var location = CatalogSession.Locate(request.Catalog, console, request.Lang);
        if (location is null) return ExitCodes.CannotRun;
        var templatesRoot = request.Templates ?? TemplateSet.FindRoot(location.CatalogRoot);
        if (templatesRoot is null || !Directory.Exists(templatesRoot))
        {
            console.Error.WriteLine(zh ? "找不到模板文件夹 templates/（目录中、目录旁或工具自带）" : "no templates/ folder found (in the catalog, beside it, or shipped with the tools)");
            return ExitCodes.CannotRun;
        }

        var timings = PhaseTimings.FromEnvironment(console);
        var source = SourceVersion.Of(SourceCommits.Of(location.CatalogRoot, templatesRoot), clock).AfterSince(request.Since, channels);
        if (source.Dirty)
        {
            console.Error.WriteLine(zh
                ? $"注意：工作区有未提交的修改，发布为新版本 {source.BundleVersion}（sourceCommit {source.Commit}，sourceDirty，工作区摘要 {source.TreeDigest}）；正式发布前请先提交。"
                : $"note: the work tree has uncommitted changes; published as a new version {source.BundleVersion} (sourceCommit {source.Commit}, sourceDirty, tree digest {source.TreeDigest}); commit before a real publish.");
        }
        if (!source.InRepository)
        {
            console.Error.WriteLine(zh
                ? $"注意：目录不在 git 仓库中，发布包时间使用当前时间 {BundleManifest.Iso(source.Time)}，源提交记为 unversioned。"
                : $"note: the catalog is not in a git repository; bundle times use the current time {BundleManifest.Iso(source.Time)} and the commit is 'unversioned'.");
        }
        var validUntil = source.Time.AddDays(request.ValidDays);
        if (validUntil <= clock.GetUtcNow())
        {
            // Channels refuse an expired bundle; publishing one would replace a good bundle with one nobody may show.
            console.Error.WriteLine(zh
                ? $"发布包生成即已过期：源提交时间 {BundleManifest.Iso(source.Time)} 加 {request.ValidDays} 天为 {BundleManifest.Iso(validUntil)}，早于现在 {BundleManifest.Iso(clock.GetUtcNow())}。请提交修改后从新的提交发布，或用 --valid-days 延长有效期（最多 {MaxValidDays} 天）。未写入任何文件。"
                : $"the bundle would be expired at birth: source time {BundleManifest.Iso(source.Time)} plus {request.ValidDays} days is {BundleManifest.Iso(validUntil)}, before now ({BundleManifest.Iso(clock.GetUtcNow())}). Publish from a newer commit or raise --valid-days (at most {MaxValidDays}). Nothing was written.");
            return ExitCodes.Findings;
        }
        if (keyPems.Count == 0)
        {
            console.Error.WriteLine(zh ? $"注意：未提供签名私钥（--key 或 {KeyVariable}），发布包未签名，verify-bundle 会拒绝。" : $"note: no signing key (--key or {KeyVariable}); the bundle is unsigned and verify-bundle will reject it.");
        }

        var session = SourceSessions.Open(location, request.NoCache);
        using var progress = CliProgress.Start(console, request.Lang);
        var phases = progress.Phases("发布", "publish");
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
            var what = first is Scriban.Syntax.ScriptRuntimeException ? (zh ? "模板运行出错" : "template error") : (zh ? "发布失败" : "publish failed");
            console.Error.WriteLine(zh ? $"{what}：{first.Message}" : $"{what}: {first.Message}");
            return ExitCodes.CannotRun;
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            console.Error.WriteLine(zh ? $"模板运行出错：{e.Message}" : $"template error: {e.Message}");
            return ExitCodes.CannotRun;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Before the switch the old bundles stay as they were; after it began, the next catalog command completes it from the journal.
            console.Error.WriteLine(zh ? $"发布失败：{e.Message}" : $"publish failed: {e.Message}");
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
            console.Out.WriteLine(zh ? "增量更新：只读取并渲染了自上次发布以来变化的事项" : "incremental update: only items changed since the last publish were read and rendered");
        }
        foreach (var problem in result.Problems) console.Error.WriteLine(problem);
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
            console.Out.WriteLine(zh ? $"未发布 {code}：{Core.Diagnostics.MessageTemplateFormatter.Pick(reason, Core.Diagnostics.Lang.Zh)}" : $"not published {code}: {Core.Diagnostics.MessageTemplateFormatter.Pick(reason, Core.Diagnostics.Lang.En)}");
        foreach (var c in result.Channels)
        {
            console.Out.WriteLine(zh
                ? $"{c.Channel}：{c.Items} 项事项，{c.Files} 个文件（本次写入 {c.FilesWritten} 个，渲染事项 {c.ItemsRendered} 项，沿用未变的共享页面 {c.SharedPagesReused} 个），{(c.Signed ? "已签名" : "未签名")} → {c.Directory}"
                : $"{c.Channel}: {c.Items} items, {c.Files} files ({c.FilesWritten} written, {c.ItemsRendered} items rendered, {c.SharedPagesReused} unchanged shared pages kept), {(c.Signed ? "signed" : "unsigned")} → {c.Directory}");
            if (c.Delta is { } d)
            {
                console.Out.WriteLine(zh
                    ? $"  相对版本 {d.Since}：新增事项 {d.AddedItems.Count}，变化 {d.ChangedItems.Count}，删除 {d.RemovedItems.Count}；变化文件 {d.ChangedFiles.Count}，删除文件 {d.RemovedFiles.Count}（见 delta.json）"
                    : $"  since {d.Since}: {d.AddedItems.Count} items added, {d.ChangedItems.Count} changed, {d.RemovedItems.Count} removed; {d.ChangedFiles.Count} files changed, {d.RemovedFiles.Count} removed (see delta.json)");
            }
        }
        if (result.NotOffered.Count > 0)
        {
            var retiredStandard = result.NotOffered.Count(x => x.Reason.Contains("CAT0035", StringComparison.Ordinal));
            console.Out.WriteLine(zh
                ? $"未发布的实施清单共 {result.NotOffered.Count} 项（其中标准事项已停用而仍在用的 {retiredStandard} 项，运行 catalog check 查看 CAT0035）"
                : $"{result.NotOffered.Count} implementations not published ({retiredStandard} of them still active over a retired standard: see CAT0035 in catalog check)");
        }
        var trustExit = ExitCodes.Ok;
        if (result.Problems.Count == 0 && (trustKeys.Count > 0 || request.TrustFolder is not null))
        {
            // Trust metadata last: until its timestamp is written, channels that pull stay on the previous version.
            var trustResult = Publishing.Trust.TrustPublisher.Publish(new Publishing.Trust.TrustPublishRequest(
                Path.GetFullPath(request.Output), result.Channels.Select(c => c.Channel).ToList(), trustKeys, request.TrustFolder,
                source.Time, clock.GetUtcNow(), TimeSpan.FromHours(request.TimestampHours)));
            trustExit = Release.TrustReport.Write(console, trustResult, request.Lang);
            // Only after a release: until then the previous timestamp's files must all stay.
            if (trustExit == ExitCodes.Ok && trustResult.Released) trustExit = PruneReport.Write(console, Publishing.Trust.ContentPrune.Prune(Path.GetFullPath(request.Output), request.KeepReleases), request.KeepReleases, request.Lang);
        }
        if (result.Problems.Count > 0) return ExitCodes.CannotRun;
        if (!PublishedRecord.Write(console, publishRequest.OutputDirectory, heldBefore, clock, request.Lang)) return ExitCodes.CannotRun;
        // Nothing is uploaded until the trust metadata is complete (a threshold still short of signatures waits).
        if (trustExit != ExitCodes.Ok) return trustExit;
        return uploadTo is null ? ExitCodes.Ok : ObjectStoreUpload.Run(console, publishRequest.OutputDirectory, uploadTo, clock, request.Lang);
    }

    private static S3Location? FailTo(CliConsole console, bool zh, string error)
    {
        console.Error.WriteLine(zh ? $"--to 无效：{error}" : $"invalid --to: {error}");
        return null;
    }

    private static string? ReadKey(string file, CliConsole console, bool zh)
    {
        if (File.Exists(file)) return File.ReadAllText(file);
        console.Error.WriteLine(zh ? $"找不到私钥文件『{file}』" : $"key file '{file}' not found");
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
