using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Model;

/// <summary>
/// A controlled value of the files (<see cref="Vocabulary"/>) as a reader sees it: the message that names it
/// (the value itself in Chinese, its meaning in English). A value outside the vocabulary (the schema reports
/// it) stays the text the file holds, so nothing is lost.
/// </summary>
public static class VocabularyNames
{
    private static readonly MessageText Immediate = new("vocabularyName.immediate");
    private static readonly MessageText Promised = new("vocabularyName.promised");

    /// <summary>In the order of <see cref="Vocabulary.OnlineDepths"/>.</summary>
    private static readonly MessageText[] Depths =
    [
        new("vocabularyName.depthLevel1"), new("vocabularyName.depthLevel2"), new("vocabularyName.depthLevel3"), new("vocabularyName.depthLevel4"),
    ];

    /// <summary>In the order of <see cref="Vocabulary.Channels"/>.</summary>
    private static readonly MessageText[] Channels =
    [
        new("vocabularyName.onlineHall"), new("vocabularyName.mobileApp"), new("vocabularyName.window"), new("vocabularyName.kiosk"), new("vocabularyName.thirdPartyPlatform"),
    ];

    /// <summary>即办件 / 承诺件 (null: "—").</summary>
    public static MessageArgument HandlingType(string? value) => value switch
    {
        null => "—",
        Vocabulary.Immediate => Immediate,
        Vocabulary.Promised => Promised,
        _ => value,
    };

    /// <summary>一级 … 四级 (null: "—").</summary>
    public static MessageArgument OnlineDepth(string? value) => value is null ? "—" : Of(value, Vocabulary.OnlineDepths, Depths);

    /// <summary>网上办事大厅, 政务服务移动端, 窗口, 自助终端, 第三方平台.</summary>
    public static MessageArgument Channel(string value) => Of(value, Vocabulary.Channels, Channels);

    private static MessageArgument Of(string value, IReadOnlyList<string> vocabulary, MessageText[] names)
    {
        for (var i = 0; i < vocabulary.Count; i++)
        {
            if (vocabulary[i] == value) return names[i];
        }
        return value;
    }
}
