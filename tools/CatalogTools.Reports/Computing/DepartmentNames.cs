namespace CatalogTools.Reports.Computing;

/// <summary>
/// Groups agencies into departments by name: the region's name (and its ancestors' names) is
/// stripped from the front, then the organ suffix 厅 / 局 / 委员会 / 委 from the end, so
/// 黑龙江省公安厅, 哈尔滨市公安局 and 宾县公安局 are all department 公安, and 哈尔滨市市场监督管理局
/// is 市场监督管理. Names that are whole organs of their own level (人民政府, 村民委员会, 居民委员会,
/// 街道办事处) stay whole. An agency the registry does not know is grouped under its code.
/// </summary>
public static class DepartmentNames
{
    private static readonly string[] WholeNames = ["人民政府", "村民委员会", "居民委员会", "街道办事处", "办事处"];
    private static readonly string[] OrganSuffixes = ["委员会", "厅", "局", "委"];

    public static string Of(string agencyName, IEnumerable<string> regionNamesNearestFirst)
    {
        var name = agencyName.Trim();
        foreach (var regionName in regionNamesNearestFirst.OrderByDescending(n => n.Length))
        {
            if (regionName.Length > 0 && name.Length > regionName.Length && name.StartsWith(regionName, StringComparison.Ordinal))
            {
                name = name[regionName.Length..];
                break;
            }
        }
        // A county name may follow its city's name ("哈尔滨市宾县公安局"): strip what remains of the chain.
        foreach (var regionName in regionNamesNearestFirst)
        {
            if (regionName.Length > 0 && name.Length > regionName.Length && name.StartsWith(regionName, StringComparison.Ordinal)) name = name[regionName.Length..];
        }
        foreach (var whole in WholeNames)
        {
            if (name.EndsWith(whole, StringComparison.Ordinal)) return whole;
        }
        foreach (var suffix in OrganSuffixes)
        {
            if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.Ordinal)) return name[..^suffix.Length];
        }
        return name;
    }
}
