using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Model;

namespace CatalogTools.Core.Compliance;

/// <summary>What a material leaves unstated (several at once).</summary>
[Flags]
public enum MaterialGap
{
    None = 0,
    Form = 1,
    Copies = 2,
    SignatureSeal = 4,
    BlankForm = 8,
    Sample = 16,
    FillNotes = 32,

    /// <summary>The gaps of any material (CAT0052).</summary>
    AnyMaterial = Form | Copies | SignatureSeal,

    /// <summary>The gaps of a form (表格) only (CAT0090).</summary>
    AnyForm = BlankForm | Sample | FillNotes,
}

/// <summary>
/// The elements of a guide that 《黑龙江省加快推进“互联网+政务服务”工作方案》二(一)1 requires
/// (统一规范…名称、依据、条件、流程、时限…注意事项等，统一规范提交材料的名称、格式、份数、签名签章等要求，
/// 提供规范表格、填写说明和示范文本，提供咨询、投诉的电话、邮箱), as one set of predicates for the rules
/// (CAT0052, CAT0072, CAT0090–CAT0093) and the 全要素率 figure alike, so they cannot disagree.
/// </summary>
public static class GuideCompleteness
{
    /// <summary>A form (表格): the office provides it, so it owes a blank form, a sample and fill-in notes.</summary>
    public static bool IsForm(Material material)
    {
        if (material.BlankForm is not null || material.Sample is not null || material.FillNotes is not null) return true;
        var name = material.Name.AsSpan().Trim();
        foreach (var ending in Vocabulary.FormNameEndings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// What the material leaves unstated. An exempt material (免提交) is not handed in and owes nothing;
    /// an electronic one needs no number of copies; the signature/seal requirement is stated by either
    /// <c>signature</c> or <c>seal</c> (true or false).
    /// </summary>
    public static MaterialGap Gaps(Material material)
    {
        if (material.Exempt == true) return MaterialGap.None;
        var gaps = MaterialGap.None;
        if (material.Form is null) gaps |= MaterialGap.Form;
        if (material.Copies is null && material.Form != Vocabulary.Electronic) gaps |= MaterialGap.Copies;
        if (material.Signature is null && material.Seal is null) gaps |= MaterialGap.SignatureSeal;
        if (IsForm(material))
        {
            if (Blank(material.BlankForm)) gaps |= MaterialGap.BlankForm;
            if (Blank(material.Sample)) gaps |= MaterialGap.Sample;
            if (Blank(material.FillNotes)) gaps |= MaterialGap.FillNotes;
        }
        return gaps;
    }

    /// <summary>A list element (conditions, notes) is stated when it has at least one non-blank entry.</summary>
    public static bool Stated(IReadOnlyList<string>? entries)
    {
        if (entries is null) return false;
        foreach (var entry in entries)
        {
            if (!Blank(entry)) return true;
        }
        return false;
    }

    public static bool HasLimit(Step step) => step.Limit is not null;

    public static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static readonly MessageText Address = new("guideCompleteness.address");
    private static readonly MessageText Hours = new("guideCompleteness.hours");
    private static readonly MessageText ConsultationPhone = new("guideCompleteness.consultationPhone");
    private static readonly MessageText ConsultationEmail = new("guideCompleteness.consultationEmail");
    private static readonly MessageText ComplaintPhone = new("guideCompleteness.complaintPhone");
    private static readonly MessageText ComplaintEmail = new("guideCompleteness.complaintEmail");
    private static readonly MessageText Conditions = new("guideCompleteness.conditions");
    private static readonly MessageText Notes = new("guideCompleteness.notes");

    /// <summary>
    /// Every gap of the guide an applicant sees (the implementation over its standard), each a message worded
    /// in the reader's language (material and step names stay as the files write them), for the figure's
    /// drill-down; empty when the guide is complete.
    /// </summary>
    public static List<MessageArgument> Gaps(ResolvedItem item)
    {
        var gaps = new List<MessageArgument>();
        var implementation = item.Implementation;
        if (Blank(implementation.Address)) gaps.Add(Address);
        if (Blank(implementation.Hours)) gaps.Add(Hours);
        if (Blank(implementation.Consultation?.Phone)) gaps.Add(ConsultationPhone);
        if (Blank(implementation.Consultation?.Email)) gaps.Add(ConsultationEmail);
        if (Blank(implementation.Complaint?.Phone)) gaps.Add(ComplaintPhone);
        if (Blank(implementation.Complaint?.Email)) gaps.Add(ComplaintEmail);
        if (!Stated(item.Conditions)) gaps.Add(Conditions);
        if (!Stated(item.Notes)) gaps.Add(Notes);
        foreach (var material in item.Materials)
        {
            var missing = Gaps(material);
            if (missing != MaterialGap.None) gaps.Add(new MessageText("guideCompleteness.materialGaps", ("material", material.Name), ("gaps", Argument(missing))));
        }
        foreach (var step in item.Steps)
        {
            if (!HasLimit(step)) gaps.Add(new MessageText("guideCompleteness.stepLimit", ("step", step.Name)));
        }
        return gaps;
    }

    /// <summary>The gaps as a message argument, worded in the reader's language: one shared list per combination.</summary>
    public static MessageList Argument(MaterialGap gaps) => GapLists[(int)gaps & (GapLists.Length - 1)];

    // Declared before GapLists, which is built from it (static fields initialize in this order).
    private static readonly (MaterialGap Gap, MessageText Name)[] GapNames =
    [
        (MaterialGap.Form, new("guideCompleteness.form")),
        (MaterialGap.Copies, new("guideCompleteness.numberOfCopies")),
        (MaterialGap.SignatureSeal, new("guideCompleteness.signatureSealRequirement")),
        (MaterialGap.BlankForm, new("guideCompleteness.blankForm")),
        (MaterialGap.Sample, new("guideCompleteness.filledSample")),
        (MaterialGap.FillNotes, new("guideCompleteness.fillInNotes")),
    ];

    /// <summary>Every combination of the six material gaps, built once: a drill-down names them on thousands of rows.</summary>
    private static readonly MessageList[] GapLists = Enumerable.Range(0, 64).Select(combination => BuildArgument((MaterialGap)combination)).ToArray();

    private static MessageList BuildArgument(MaterialGap gaps) =>
        new("list.separator", GapNames.Where(g => gaps.HasFlag(g.Gap)).Select(g => (MessageArgument)g.Name).ToList());
}
