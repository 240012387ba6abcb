using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Materials;

/// <summary>A certificate the e-licence library holds is not asked for on paper: it is marked exempt (免提交) (seed 003 §(三)2, seed 004 item 13).</summary>
public sealed class ELicenceNotExemptRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.ELicenceNotExempt, "电子证照未免提交", "E-licence still required on paper", "material", Severity.Error,
        "申请材料『{material}』可通过电子证照『{licence}』（{licenceCode}）获取，却未标记免提交", "material '{material}' is available as e-licence '{licence}' ({licenceCode}) but is not marked exempt",
        "为该材料写上 licence: {licenceCode} 和 exempt: true，由窗口调取电子证照", "add licence: {licenceCode} and exempt: true so the office fetches the e-licence");

    public void Check(CatalogIndex index, RuleContext context)
    {
        if (index.ELicences.Count == 0) return;
        WrittenElements.ForEach(index, context, w =>
        {
            foreach (var material in w.Elements.Materials ?? [])
            {
                if (material.Exempt == true) continue;
                ELicence? licence = null;
                if (material.Licence is not null) index.ELicences.TryGetValue(material.Licence, out licence);
                if (licence is null) index.ELicencesByName.TryGetValue(material.Name, out licence);
                if (licence is null) continue;
                context.Diagnostics.Report(Descriptor, material.Source, w.Code, ("material", material.Name), ("licence", licence.Name), ("licenceCode", licence.Code));
            }
        });
    }
}
