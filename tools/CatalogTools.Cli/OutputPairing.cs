using System.CommandLine;
using System.CommandLine.Parsing;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Cli;

/// <summary>
/// Pairs each <c>--output FILE</c> with the <c>--format</c> written just before it, in command-line
/// order, so <c>--format text --format sarif --output check.sarif</c> prints text and writes SARIF.
/// An --output written before any unpaired --format goes to the next one; formats left without a
/// file print to the console. No --format at all means one text report. A file whose extension
/// names another format than its pair (x.sarif after --format github) is refused.
/// </summary>
public static class OutputPairing
{
    public static bool TryPair(ParseResult parse, string formatName, string outputName, CliConsole console, Lang lang, out List<(string Format, string? File)> targets)
    {
        targets = [];
        var pendingFiles = new Queue<string>();
        var tokens = parse.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Type != TokenType.Option || tokens[i + 1].Type != TokenType.Argument) continue;
            if (tokens[i].Value == formatName)
            {
                targets.Add((tokens[i + 1].Value, pendingFiles.Count > 0 ? pendingFiles.Dequeue() : null));
            }
            else if (tokens[i].Value == outputName)
            {
                var open = targets.FindLastIndex(t => t.File is null);
                if (open >= 0 && open == targets.Count - 1) targets[open] = (targets[open].Format, tokens[i + 1].Value);
                else pendingFiles.Enqueue(tokens[i + 1].Value);
            }
        }
        if (targets.Count == 0) targets.Add(("text", pendingFiles.Count > 0 ? pendingFiles.Dequeue() : null));
        if (pendingFiles.Count > 0)
        {
            console.Error.WriteLine(Messages.Text(lang, "outputPairing.moreOutputThanFormatEach"));
            return false;
        }
        foreach (var (format, file) in targets)
        {
            if (file is null || OutputFileKinds.Expected(file) is not { } expected || expected.Contains(format)) continue;
            console.Error.WriteLine(Messages.Format(lang, "outputPairing.outputPairsWithTheFormat", ("file", file), ("format", format), ("join", string.Join("/", expected)), ("value", expected[0])));
            return false;
        }
        return true;
    }
}
