namespace CatalogTools.Excel.Import;

/// <summary>
/// Which exported items a workbook without its hidden sheet (_导入信息) has lost, inferred from its
/// own rows: an implementation (code STANDARD-REGION-AGENCY) is expected when the workbook holds
/// another implementation of the same standard in the same region; a standard item is expected when
/// the workbook holds standard items at all (an export without --region) and one of its implementations.
/// This finds a deleted row among its neighbours; it cannot find an item that was the only one of its
/// standard and region, which only the hidden sheet records (then CAT0158 is an error, not a warning).
/// </summary>
internal static class ExportScope
{
    public static IEnumerable<string> Missing(IReadOnlyList<string> codes, IEnumerable<string> catalogCodes)
    {
        var present = codes.ToHashSet(StringComparer.Ordinal);
        var pairs = new HashSet<(string Standard, string Region)>();
        var implemented = new HashSet<string>(StringComparer.Ordinal);
        var standardRows = false;
        foreach (var code in present)
        {
            var parts = code.Split('-');
            if (parts.Length < 3)
            {
                standardRows = true;
                continue;
            }
            pairs.Add((parts[0], parts[1]));
            implemented.Add(parts[0]);
        }
        foreach (var code in catalogCodes.Order(StringComparer.Ordinal))
        {
            if (present.Contains(code)) continue;
            var parts = code.Split('-');
            var expected = parts.Length >= 3 ? pairs.Contains((parts[0], parts[1])) : standardRows && implemented.Contains(code);
            if (expected) yield return code;
        }
    }
}
