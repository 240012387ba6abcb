using System.Text.RegularExpressions;

namespace CatalogTools.Publishing.Audit;

/// <summary>
/// Text that asks the applicant for something: a material to hand in (提交、提供、携带、出具、递交、
/// 上传……) or a fee to pay (收取、缴纳……). When a channel shows such a request that the page the
/// source renders does not, and what it names is not among the guide's materials (or the guide
/// charges nothing), it asks for something beyond the guide (《自治州推进政务服务“州内通办”一体化实施方案》四㈠: 办事指南以外不得增加要求).
/// </summary>
public static partial class BeyondGuide
{
    /// <summary>What a request beyond the guide asks for: a material (else a fee).</summary>
    public const string Material = "材料";

    [GeneratedRegex("(?:提交|提供|携带|出具|递交|上传|交验|准备|出示|附上|补充)(?<what>[^，。；;,.！!？?\\n]{1,60})")]
    private static partial Regex MaterialRequest();

    [GeneratedRegex("(?:收取|缴纳|交纳|支付|另收|加收)(?<what>[^，。；;,.！!？?\\n]{0,40})")]
    private static partial Regex FeeRequest();

    /// <summary>What a request in <paramref name="shown"/> asks for beyond the guide, or null.</summary>
    /// <param name="sourceText">Everything the source's page shows (a request it shows itself is not beyond).</param>
    /// <param name="materials">The guide's material names (empty on pages that are not one guide's).</param>
    /// <param name="charges">True when the guide lists a charged fee.</param>
    public static (string What, string Request)? Find(string shown, string sourceText, IReadOnlyList<string> materials, bool charges)
    {
        foreach (Match m in MaterialRequest().Matches(shown))
        {
            if (sourceText.Contains(m.Value, StringComparison.Ordinal)) continue;
            var what = m.Groups["what"].Value.Trim();
            // "请携带原件备查" beside a listed material asks for that material, not for another one.
            if (materials.Any(name => Names(what, name) || shown.Contains(name, StringComparison.Ordinal))) continue;
            return (Material, m.Value);
        }
        foreach (Match m in FeeRequest().Matches(shown))
        {
            if (sourceText.Contains(m.Value, StringComparison.Ordinal) || charges) continue;
            return ("费用", m.Value);
        }
        return null;
    }

    /// <summary>True when the request names this material: its name (without 原件/复印件 and notes in brackets) is in the request, or the request in it.</summary>
    private static bool Names(string request, string material)
    {
        var core = Core(material);
        var asked = Core(request);
        return core.Length > 0 && asked.Length > 0 && (asked.Contains(core, StringComparison.Ordinal) || core.Contains(asked, StringComparison.Ordinal));
    }

    private static string Core(string name)
    {
        var text = BracketNote().Replace(name, "");
        foreach (var word in new[] { "原件", "复印件", "及", "和", "的", "一份", "1份", "份", "材料" }) text = text.Replace(word, "", StringComparison.Ordinal);
        return text.Trim();
    }

    [GeneratedRegex("[（(][^）)]*[）)]")]
    private static partial Regex BracketNote();
}
