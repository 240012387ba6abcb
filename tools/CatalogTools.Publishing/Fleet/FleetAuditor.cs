using System.Globalization;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Rules.Channels;

namespace CatalogTools.Publishing.Fleet;

/// <summary>What a fleet audit found: one diagnostic or more per channel, and how many channels were read.</summary>
public sealed record FleetResult(IReadOnlyList<Diagnostic> Diagnostics, int Channels, int Releases);

/// <summary>
/// `catalog audit --fleet FILE`: reads every channel's channel-status.json (over HTTP or from a path) and
/// the published releases, lists each channel with the version it serves (CAT0270) and flags the channels
/// behind by more than maxBehind versions (CAT0271), serving an expired version (CAT0272) or a version
/// never published — no release of that channel has its manifest's SHA-256 (CAT0273) — and the statuses
/// that cannot be read (CAT0274). Each diagnostic points at the channel's entry in the fleet file.
/// </summary>
public sealed class FleetAuditor(HttpClient http, TimeProvider clock)
{
    private const long MaxStatusBytes = 1 << 20;
    private const long MaxLedgerBytes = 64L << 20;

    /// <summary>Reads a URL or a path (relative to <paramref name="baseFolder"/>) within a size limit; null with a reason when it cannot.</summary>
    public async Task<byte[]?> ReadAsync(string location, string baseFolder, long limit, Action<MessageText> fail, CancellationToken cancellation)
    {
        try
        {
            if (Uri.TryCreate(location, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            {
                using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellation);
                if (!response.IsSuccessStatusCode)
                {
                    fail(new("fleet.httpStatus", ("status", (int)response.StatusCode)));
                    return null;
                }
                await using var body = await response.Content.ReadAsStreamAsync(cancellation);
                using var copy = new MemoryStream();
                var buffer = new byte[1 << 16];
                int read;
                while ((read = await body.ReadAsync(buffer, cancellation)) > 0)
                {
                    if (copy.Length + read > limit)
                    {
                        fail(new("fleet.tooLarge", ("limit", limit)));
                        return null;
                    }
                    copy.Write(buffer, 0, read);
                }
                return copy.ToArray();
            }
            var path = Path.GetFullPath(location, baseFolder);
            if (!File.Exists(path))
            {
                fail(new("fleet.noSuchFile"));
                return null;
            }
            if (new FileInfo(path).Length > limit)
            {
                fail(new("fleet.tooLarge", ("limit", limit)));
                return null;
            }
            return await File.ReadAllBytesAsync(path, cancellation);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or UnauthorizedAccessException or TaskCanceledException or NotSupportedException or ArgumentException)
        {
            fail(new("fleet.readFailed", ("reason", e.Message)));
            return null;
        }
    }

    public async Task<FleetResult> AuditAsync(FleetFile fleet, string fleetPath, IReadOnlyList<Release> releases, CancellationToken cancellation = default)
    {
        var bag = new DiagnosticBag();
        var baseFolder = Path.GetDirectoryName(Path.GetFullPath(fleetPath))!;
        var now = clock.GetUtcNow();
        var statuses = await Task.WhenAll(fleet.Channels.Select(async c =>
        {
            MessageText? reason = null;
            var bytes = await ReadAsync(c.Status, baseFolder, MaxStatusBytes, r => reason = r, cancellation);
            var status = bytes is null ? null : ChannelStatus.Parse(bytes, out reason);
            return (Channel: c, Status: status, Reason: reason);
        }));
        foreach (var (c, status, reason) in statuses)
        {
            void Report(RuleDescriptor rule, params (string, MessageArgument)[] args) =>
                bag.Add(new Diagnostic(rule, rule.DefaultSeverity, fleetPath, c.Line, c.Column, null, Args([("name", c.Name), .. args])));
            if (status is null)
            {
                Report(ChannelFleetRules.StatusUnreadable, ("status", c.Status), ("detail", reason is null ? "?" : (MessageArgument)reason));
                continue;
            }
            var ofChannel = releases.Where(r => r.Channel == status.Channel).ToList();
            var latest = ofChannel.Count == 0 ? "—" : ofChannel.Max(r => r.BundleVersion).ToString(CultureInfo.InvariantCulture);
            var version = status.BundleVersion.ToString(CultureInfo.InvariantCulture);
            Report(ChannelFleetRules.Serves, ("channel", status.Channel), ("version", version), ("digest", status.ManifestSha256[..12]),
                ("validUntil", status.ValidUntil), ("updated", status.Updated.Length > 0 ? status.Updated : "?"), ("latest", latest));

            var published = ofChannel.FirstOrDefault(r => r.ManifestSha256 == status.ManifestSha256);
            if (published is null)
            {
                var sameNumber = ofChannel.FirstOrDefault(r => r.BundleVersion == status.BundleVersion);
                var detail = sameNumber is not null
                    ? new MessageText("fleet.publishedWithOtherDigest", ("version", version), ("digest", sameNumber.ManifestSha256[..12]))
                    : ofChannel.Count == 0
                        ? new MessageText("fleet.noVersionOfChannel", ("channel", status.Channel))
                        : new MessageText("fleet.noSuchVersion");
                Report(ChannelFleetRules.Forked, ("channel", status.Channel), ("version", version), ("digest", status.ManifestSha256[..12]), ("detail", detail));
            }
            else
            {
                var behind = ofChannel.Where(r => r.BundleVersion > status.BundleVersion).Select(r => r.BundleVersion).Distinct().Count();
                if (behind > fleet.MaxBehind)
                {
                    Report(ChannelFleetRules.Behind, ("channel", status.Channel), ("version", version), ("latest", latest),
                        ("behind", behind.ToString(CultureInfo.InvariantCulture)), ("allowed", fleet.MaxBehind.ToString(CultureInfo.InvariantCulture)));
                }
            }
            if (DateTimeOffset.TryParse(status.ValidUntil, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var until) && until <= now)
            {
                Report(ChannelFleetRules.Expired, ("channel", status.Channel), ("version", version), ("validUntil", status.ValidUntil), ("now", BundleManifest.Iso(now)));
            }
        }
        return new FleetResult(bag.ToSortedList(), fleet.Channels.Count, releases.Count);
    }

    /// <summary>The releases the fleet file names, or null with a reason.</summary>
    public async Task<IReadOnlyList<Release>?> ReleasesAsync(FleetFile fleet, string fleetPath, Action<MessageText> fail, CancellationToken cancellation = default)
    {
        var bytes = await ReadAsync(fleet.Releases, Path.GetDirectoryName(Path.GetFullPath(fleetPath))!, MaxLedgerBytes, fail, cancellation);
        if (bytes is null) return null;
        var releases = ReleaseLedger.Parse(bytes, out var error);
        if (releases is null) fail(error!);
        return releases;
    }

    private static Dictionary<string, MessageArgument> Args(params (string Name, MessageArgument Value)[] args)
    {
        var d = new Dictionary<string, MessageArgument>(StringComparer.Ordinal);
        foreach (var (n, v) in args) d[n] = v;
        return d;
    }
}
