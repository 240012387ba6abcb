using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Comparison;

/// <summary>What users call each element (要素) of a guide, by its key in the files: message <c>element.KEY</c>.</summary>
public static class ElementNames
{
    private static readonly string[] Ordered =
    [
        "code",
        "standard",
        "region",
        "agency",
        "suffix",
        "status",
        "levels",
        "name",
        "type",
        "serviceObjects",
        "basis",
        "conditions",
        "statutoryLimit",
        "promisedLimit",
        "materials",
        "steps",
        "fees",
        "notes",
        "handlingType",
        "address",
        "hours",
        "consultation",
        "complaint",
        "appointment",
        "onlineDepth",
        "visits",
        "channels",
        "crossRegion",
        "retiredOn",
        "assistance",
        "commitmentConditions",
        "intermediaries",
        "members",
        "leadAgency",
        "onlineExemption",
    ];

    private static readonly HashSet<string> Known = new(Ordered, StringComparer.Ordinal);

    public static string Of(string element, Lang lang) => Known.Contains(element) ? Messages.Text(lang, "element." + element) : element;

    /// <summary>The name as a message argument, worded in the reader's language (an unknown key as itself).</summary>
    public static MessageArgument Message(string element) => Known.Contains(element) ? new MessageText("element." + element) : element;

    /// <summary>Every element key, in the order guides show them.</summary>
    public static IReadOnlyCollection<string> Keys => Ordered;
}
