namespace CatalogTools.Publishing.Channels;

/// <summary>
/// Stable page addresses of a paginated listing: page 1 is <c>LIST/index.EXT</c>, page N is
/// <c>LIST/page-N.EXT</c>. Entries keep their order, so a page's address names the same entries
/// until the listing itself changes.
/// </summary>
public static class Paging
{
    public static string PathOf(string list, int page, string extension) =>
        page <= 1 ? $"{list}/index{extension}" : $"{list}/page-{page.ToString(System.Globalization.CultureInfo.InvariantCulture)}{extension}";

    /// <summary>
    /// A region's page <paramref name="page"/>: the first stays at <c>regions/CODE.html</c> (guides' breadcrumbs, the index and
    /// the audit link there), the others are <c>regions/CODE/page-N.html</c>.
    /// </summary>
    public static string RegionPathOf(string region, int page) =>
        page <= 1 ? Bundles.BundlePath.Of("regions", region, ".html") : Bundles.BundlePath.Of("regions/" + region, "page-" + page.ToString(System.Globalization.CultureInfo.InvariantCulture), ".html");

    /// <summary>How many pages <paramref name="total"/> entries take (at least one: an empty listing still has its first page).</summary>
    public static int PageCount(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    /// <summary>The entries of page <paramref name="page"/> (1-based).</summary>
    public static IEnumerable<T> Slice<T>(IReadOnlyList<T> all, int page, int pageSize)
    {
        var end = Math.Min(all.Count, page * pageSize);
        for (var i = (page - 1) * pageSize; i < end; i++) yield return all[i];
    }

    /// <summary>The page numbers a pager links to: first, last and the two either side of the current one.</summary>
    public static IEnumerable<int> Window(int page, int pages)
    {
        for (var n = 1; n <= pages; n++)
        {
            if (n == 1 || n == pages || Math.Abs(n - page) <= 2) yield return n;
        }
    }
}
