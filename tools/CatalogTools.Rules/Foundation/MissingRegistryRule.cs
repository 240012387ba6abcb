using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Schema;

namespace CatalogTools.Rules.Foundation;

/// <summary>Without its registries a catalog's references cannot be checked: say so instead of passing silently.</summary>
public sealed class MissingRegistryRule : ICatalogRule
{
    public RuleDescriptor Descriptor => LoadRules.MissingRegistry;

    public void Check(CatalogIndex index, RuleContext context)
    {
        if (context.Scope is not null) return;
        foreach (var kind in FileKinds.Registries)
        {
            if (!index.PresentFiles.Contains(kind))
            {
                context.Diagnostics.Report(Descriptor, FileKinds.RegistryPath(kind), 1, 1, null, ("registry", FileKinds.RegistryPath(kind)));
            }
        }
    }
}
