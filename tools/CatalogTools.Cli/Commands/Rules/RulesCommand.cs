using System.CommandLine;
using System.Text.Json;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Reporting;
using CatalogTools.Rules;

namespace CatalogTools.Cli.Commands.Rules;

/// <summary>`catalog rules [--format text|json|md]`: every rule with id, severity, category and title.</summary>
public static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format") { HelpName = "text|json|md", Description = "text|json|md", DefaultValueFactory = _ => "text" };
        var command = new Command("rules", Bilingual.Of(new("rules.help"))) { format };
        command.SetAction(parse => Execute(parse.GetValue(format) ?? "text", CommonOptions.LangOf(parse), console));
        return command;
    }

    public static int Execute(string format, Lang lang, CliConsole console)
    {
        var rules = RuleSet.Descriptors;
        if (format == "json")
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, JsonReporter.Options))
            {
                json.WriteStartArray();
                foreach (var r in rules)
                {
                    json.WriteStartObject();
                    json.WriteString("id", r.Id);
                    json.WriteString("title", r.Title(lang));
                    json.WriteString("category", r.Category);
                    json.WriteString("severity", SeverityText.Id(r.DefaultSeverity));
                    json.WriteString("message", r.MessageTemplate(lang));
                    json.WriteString("fix", r.FixTemplate(lang));
                    json.WriteString("help", r.HelpLink);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            return ExitCodes.Ok;
        }
        if (format == "md")
        {
            console.Out.Write(RuleTable.Markdown(rules));
            return ExitCodes.Ok;
        }
        if (format != "text")
        {
            console.Error.WriteLine(Messages.Format(lang, "rules.unknownFormatChooseTextJson", ("format", format)));
            return ExitCodes.CannotRun;
        }
        foreach (var r in rules)
        {
            console.Out.WriteLine($"{r.Id}  {SeverityText.Label(r.DefaultSeverity, lang),-7} {r.Category,-12} {r.Title(lang)}  ({r.HelpLink})");
        }
        console.Out.WriteLine(Messages.Format(lang, "rules.rules", ("rules", rules.Count)));
        return ExitCodes.Ok;
    }
}
