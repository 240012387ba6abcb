using System.Text.RegularExpressions;
using CatalogTools.Tests.Shared;

namespace CatalogTools.Reports.Tests;

/// <summary>
/// Completes every guide of a catalog copy the way an editor would (signature on each material, the
/// three attachments on each form, a 0-day limit on each step, conditions, notes and contact e-mails),
/// so a test can then plant exactly the gaps it means to.
/// </summary>
public static partial class GuideFiller
{
    public const string Email = "zwfw@example.gov.cn";
    public const string Condition = "申请人符合规定条件";
    public const string Note = "材料须真实有效";

    public static void Complete(TempCatalog catalog)
    {
        foreach (var path in Directory.EnumerateFiles(catalog.CatalogDir, "*.yaml", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(catalog.CatalogDir, path).Replace('\\', '/');
            if (!relative.StartsWith("standards/", StringComparison.Ordinal) && !relative.StartsWith("implementations/", StringComparison.Ordinal)) continue;
            var text = catalog.Read(relative);
            text = Unsigned().Replace(text, m => m.Value + m.Groups[1].Value + "signature: true\n");
            text = FormSource().Replace(text, m => m.Value + $"    blankForm: {m.Groups["name"].Value}.docx\n    sample: {m.Groups["name"].Value}（示例样表）.pdf\n    fillNotes: 申请人签字\n");
            text = StepOrder().Replace(text, m => m.Value + $"{m.Groups[1].Value}limit:\n{m.Groups[1].Value}  days: 0\n{m.Groups[1].Value}  unit: 工作日\n");
            text = Phone().Replace(text, m => m.Value + $"  email: {Email}\n");
            if (relative.StartsWith("standards/", StringComparison.Ordinal)) text += $"conditions:\n  - {Condition}\nnotes:\n  - {Note}\n";
            catalog.Write(relative, text);
        }
    }

    /// <summary>A material's required line directly followed by its source: no signature or seal between.</summary>
    [GeneratedRegex(@"\n( +)required: (?:true|false)\n(?=\1source:)")]
    private static partial Regex Unsigned();

    /// <summary>A form (name ending 表, 申请书 or 承诺书) up to its source line.</summary>
    [GeneratedRegex(@"(?m)^  - name: (?<name>\S*(?:表|申请书|承诺书))\n(?:    .*\n)*?    source: .*\n")]
    private static partial Regex FormSource();

    [GeneratedRegex(@"\n( +)order: \d+\n")]
    private static partial Regex StepOrder();

    [GeneratedRegex(@"(?m)^  phone: .*\n")]
    private static partial Regex Phone();
}
