using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CatalogTools.Publishing.Serving;

/// <summary>If-None-Match as RFC 9110 §13.1.2 says: weak comparison (W/"x" matches "x"), a list of tags, or *.</summary>
internal static class ETagMatch
{
    public static bool NoneMatchFails(StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0 || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)) return false;
        var ours = new EntityTagHeaderValue(etag);
        foreach (var tag in tags)
        {
            if (tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(ours, useStrongComparison: false)) return true;
        }
        return false;
    }
}
