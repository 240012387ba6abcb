using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;

namespace CatalogTools.Rules.Foundation;

/// <summary>A material's e-licence reference must name a certificate in the e-licence catalog.</summary>
public sealed class UnknownLicenceRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.UnknownLicence, category: "reference", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        if (!index.PresentFiles.Contains(Core.Schema.FileKind.ELicences)) return;
        foreach (var standard in index.StandardList)
        {
            if (context.InScope(standard.Code)) CheckMaterials(index, context, standard.Elements.Materials, standard.Code);
        }
        foreach (var implementation in index.ImplementationList)
        {
            if (context.InScope(implementation.Code)) CheckMaterials(index, context, implementation.Own.Materials, implementation.Code);
        }
    }

    private void CheckMaterials(CatalogIndex index, RuleContext context, IReadOnlyList<Material>? materials, string code)
    {
        foreach (var material in materials ?? [])
        {
            if (material.Licence is not null && !index.ELicences.ContainsKey(material.Licence))
            {
                context.Diagnostics.Report(Descriptor, material.LicenceSource ?? material.Source, code, ("material", material.Name), ("licence", material.Licence));
            }
        }
    }
}
