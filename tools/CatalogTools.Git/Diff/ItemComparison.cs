using CatalogTools.Core.Comparison;
using CatalogTools.Core.Model;

namespace CatalogTools.Git.Diff;

/// <summary>
/// The element changes between two versions of one item (a standard, an implementation or a 一件事) and
/// whether it was and is active; null when the two are not the same kind of item. Shared by diff and history.
/// </summary>
public static class ItemComparison
{
    public static (List<ElementChange> Changes, bool WasActive, bool IsActive)? Compare(object before, object after)
    {
        switch (before, after)
        {
            case (StandardItem a, StandardItem b):
                return (ElementComparer.CompareStandard(a, b), a.IsActive, b.IsActive);
            case (Implementation a, Implementation b):
                var changes = ElementComparer.CompareImplementation(a, b);
                changes.AddRange(ElementComparer.Compare(a.Own, b.Own));
                return (changes, a.IsActive, b.IsActive);
            case (ServiceBundle a, ServiceBundle b):
                return (ElementComparer.CompareBundle(a, b), a.IsActive, b.IsActive);
            default:
                return null;
        }
    }
}
