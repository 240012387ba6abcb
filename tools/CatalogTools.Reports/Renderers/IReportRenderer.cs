using CatalogTools.Core.Diagnostics;
using CatalogTools.Reports.Model;

namespace CatalogTools.Reports.Renderers;

/// <summary>Draws the one computed report in one format.</summary>
public interface IReportRenderer
{
    void Render(ComplianceReport report, Lang lang, Stream output);
}
