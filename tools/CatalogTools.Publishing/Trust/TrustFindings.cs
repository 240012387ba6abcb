using CatalogTools.Core.Diagnostics;
using CatalogTools.Rules.Channels;

namespace CatalogTools.Publishing.Trust;

/// <summary>The diagnostics (CAT0240–CAT0246) a trust check reports, each at the metadata file it is about.</summary>
public static class TrustFindings
{
    private static Diagnostic At(RuleDescriptor rule, string file, params (string Name, MessageArgument Value)[] args) =>
        new(rule, rule.DefaultSeverity, file, 1, 1, null, args.ToDictionary(a => a.Name, a => a.Value));

    private static string E(string s) => Bundles.Display.Escape(s);

    private static MessageArgument L(string zh, string en) => MessageArgument.Worded(E(zh), E(en));

    public static Diagnostic Threshold(string file, string role, int threshold, int valid, string detailZh, string detailEn) =>
        At(ChannelTrustRules.Threshold, file, ("role", role), ("threshold", threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("valid", valid.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("detail", L(detailZh, detailEn)), ("file", E(file)));

    public static Diagnostic Expired(string file, string role, DateTimeOffset expires, DateTimeOffset now) =>
        At(ChannelTrustRules.Expired, file, ("role", role), ("expires", MetadataFields.Iso(expires)), ("now", MetadataFields.Iso(now)), ("file", E(file)));

    public static Diagnostic Rollback(string file, string role, long version, long trusted) =>
        At(ChannelTrustRules.Rollback, file, ("role", role), ("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("trusted", trusted.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("file", E(file)));

    public static Diagnostic Mismatch(string file, string parent, string detailZh, string detailEn) =>
        At(ChannelTrustRules.Mismatch, file, ("parent", parent), ("detail", L(detailZh, detailEn)), ("file", E(file)));

    public static Diagnostic Invalid(string file, string detail) => At(ChannelTrustRules.Invalid, file, ("detail", E(detail)), ("file", E(file)));

    public static Diagnostic RootRotation(string file, string detailZh, string detailEn) =>
        At(ChannelTrustRules.RootRotation, file, ("detail", L(detailZh, detailEn)), ("file", E(file)));

    public static Diagnostic UnsafeTarget(string file, string path, string detailZh, string detailEn) =>
        At(ChannelTrustRules.UnsafeTarget, file, ("path", E(path)), ("detail", L(detailZh, detailEn)), ("file", E(file)));
}
