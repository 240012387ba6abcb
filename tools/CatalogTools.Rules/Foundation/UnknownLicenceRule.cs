using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;

namespace CatalogTools.Rules.Foundation;

/// <summary>A material's e-licence reference must name a certificate in the e-licence catalog.</summary>
public sealed class UnknownLicenceRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnknownLicence, "引用了未登记的电子证照", "Unknown e-licence", "reference", Severity.Error,
        "材料『{material}』引用的电子证照『{licence}』不在 registries/e-licences.yaml 中", "material '{material}' refers to e-licence '{licence}', which is not in registries/e-licences.yaml",
        "改为电子证照目录中的证照编码", "use a code from the e-licence catalog");

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
