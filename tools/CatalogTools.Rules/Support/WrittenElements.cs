using CatalogTools.Core.Checking;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;

namespace CatalogTools.Rules.Support;

/// <summary>Standardized elements as written in one file: a standard's, or an implementation's own copy.</summary>
public readonly record struct Written(StandardElements Elements, string Code, FieldPositions Fields, SourceRef Source, bool IsStandard)
{
    public SourceRef At(string key) => Fields.Of(key, Source);
}

/// <summary>
/// Visits each written set of elements once where it is written: every standard (reported on the
/// standard file) and each implementation's own copy (reported on the implementation). Inherited
/// elements are not visited again, so one defect in a standard is one diagnostic, not 10^5.
/// </summary>
public static class WrittenElements
{
    public static void ForEach(CatalogIndex index, RuleContext context, Action<Written> visit)
    {
        foreach (var standard in index.StandardList)
        {
            if (Scope.Checks(context, standard)) visit(new Written(standard.Elements, standard.Code, standard.Fields, standard.Source, true));
        }
        foreach (var implementation in index.ImplementationList)
        {
            if (!implementation.Own.IsEmpty && Scope.Checks(context, implementation))
                visit(new Written(implementation.Own, implementation.Code, implementation.Fields, implementation.Source, false));
        }
    }
}
