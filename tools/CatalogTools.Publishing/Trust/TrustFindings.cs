using CatalogTools.Core.Diagnostics;
using CatalogTools.Rules.Channels;

namespace CatalogTools.Publishing.Trust;

/// <summary>The diagnostics (CAT0240–CAT0246) a trust check reports, each at the metadata file it is about.</summary>
public static class TrustFindings
{
    private static Diagnostic At(RuleDescriptor rule, string file, params (string Name, MessageArgument Value)[] args) =>
        new(rule, rule.DefaultSeverity, file, 1, 1, null, args.ToDictionary(a => a.Name, a => a.Value));

    private static string E(string s) => Bundles.Display.Escape(s);

    /// <summary>A detail with every plain-text value escaped for the terminal (the table's own text needs none).</summary>
    private static MessageArgument E(MessageArgument argument) => argument switch
    {
        { Message: { } message } => new MessageText(message.Id, [.. message.Arguments.Select(a => (a.Name, (object?)E(a.Value)))]),
        { List: { } list } => new MessageList(list.SeparatorId, [.. list.Items.Select(E)]),
        _ => E(argument.Text ?? ""),
    };

    public static Diagnostic Threshold(string file, string role, int threshold, int valid, MessageArgument detail) =>
        At(ChannelTrustRules.Threshold, file, ("role", role), ("threshold", threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("valid", valid.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("detail", E(detail)), ("file", E(file)));

    public static Diagnostic Expired(string file, string role, DateTimeOffset expires, DateTimeOffset now) =>
        At(ChannelTrustRules.Expired, file, ("role", role), ("expires", MetadataFields.Iso(expires)), ("now", MetadataFields.Iso(now)), ("file", E(file)));

    public static Diagnostic Rollback(string file, string role, long version, long trusted) =>
        At(ChannelTrustRules.Rollback, file, ("role", role), ("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("trusted", trusted.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("file", E(file)));

    public static Diagnostic Mismatch(string file, string parent, MessageText detail) =>
        At(ChannelTrustRules.Mismatch, file, ("parent", parent), ("detail", E(detail)), ("file", E(file)));

    public static Diagnostic Invalid(string file, MessageText? detail) => At(ChannelTrustRules.Invalid, file, ("detail", detail is null ? "" : E(detail)), ("file", E(file)));

    public static Diagnostic RootRotation(string file, MessageText detail) =>
        At(ChannelTrustRules.RootRotation, file, ("detail", E(detail)), ("file", E(file)));

    public static Diagnostic UnsafeTarget(string file, string path, MessageText detail) =>
        At(ChannelTrustRules.UnsafeTarget, file, ("path", E(path)), ("detail", E(detail)), ("file", E(file)));

    /// <summary>A diagnostic's message as a sentence of the tables, to quote inside another message.</summary>
    public static MessageText MessageOf(Diagnostic problem) =>
        new($"{problem.Rule.Id}.message", [.. problem.Arguments.Select(a => (a.Key, (object?)a.Value))]);

    /// <summary>A diagnostic's full message after its rule id in brackets, to quote as one problem among others.</summary>
    public static MessageText Tagged(Diagnostic problem) => new("trust.tagged", ("rule", problem.Rule.Id), ("problem", FullMessageOf(problem)));

    /// <summary>A diagnostic's message and fix (as <see cref="Diagnostic.FullMessage"/> words them), to quote inside another message.</summary>
    public static MessageText FullMessageOf(Diagnostic problem) =>
        new("diagnostic.messageAndFix", ("message", MessageOf(problem)),
            ("fix", new MessageText($"{problem.Rule.Id}.fix", [.. problem.Arguments.Select(a => (a.Key, (object?)a.Value))])));
}
