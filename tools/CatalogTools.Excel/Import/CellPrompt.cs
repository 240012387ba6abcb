using CatalogTools.Core.Diagnostics;
using CatalogTools.Excel.Export;
using CatalogTools.Excel.Layout;

namespace CatalogTools.Excel.Import;

/// <summary>
/// A column's input prompt as a message, for a finding about one of its cells. Its Chinese wording is
/// the prompt Excel shows on the cell (<see cref="HelpText.Prompt"/>; a test keeps the two equal).
/// </summary>
public static class CellPrompt
{
    public static MessageText Of(ColumnSpec column) => column.Header switch
    {
        HelpText.MemberHeader => new MessageText("workbookPrompt.member"),
        HelpText.LeadAgencyHeader => new MessageText("workbookPrompt.leadAgency"),
        _ => OfKind(column),
    };

    private static MessageText OfKind(ColumnSpec column) => column.Kind switch
    {
        CellKind.Code => new MessageText("workbookPrompt.code"),
        CellKind.RegionCode => new MessageText("workbookPrompt.regionCode"),
        CellKind.Integer => new MessageText("workbookPrompt.integer"),
        CellKind.Number => new MessageText("workbookPrompt.number"),
        CellKind.YesNo => new MessageText("workbookPrompt.yesNo"),
        CellKind.Choice => new MessageText("workbookPrompt.choice", ("choices", Choices(column))),
        CellKind.ChoiceList => new MessageText("workbookPrompt.choiceList", ("choices", Choices(column))),
        CellKind.Date => new MessageText("workbookPrompt.date"),
        _ => new MessageText("workbookPrompt.text"),
    };

    private static MessageList Choices(ColumnSpec column) => new("list.separator", [.. (column.Choices ?? []).Select(c => (MessageArgument)c)]);
}
