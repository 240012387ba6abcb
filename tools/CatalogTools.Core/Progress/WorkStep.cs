using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Progress;

/// <summary>A step of long work, named by a message for whoever shows it (only the CLI does).</summary>
public sealed record WorkStep
{
    public static readonly WorkStep ReadingFiles = new(new MessageText("workStep.readingFiles"));
    public static readonly WorkStep RunningRules = new(new MessageText("workStep.runningRules"));
    public static readonly WorkStep FormattingFiles = new(new MessageText("workStep.formattingFiles"));
    public static readonly WorkStep HashingItems = new(new MessageText("workStep.hashingItems"));
    public static readonly WorkStep ComputingFigures = new(new MessageText("workStep.computingFigures"));
    public static readonly WorkStep AuditingPages = new(new MessageText("workStep.auditingPages"));
    public static readonly WorkStep Generating = new(new MessageText("workStep.generating"));

    public WorkStep(MessageText name) => Name = name;

    /// <summary>The step's name, worded in the reader's language when shown.</summary>
    public MessageText Name { get; }

    public string Text(Lang lang) => Name.In(lang);
}
