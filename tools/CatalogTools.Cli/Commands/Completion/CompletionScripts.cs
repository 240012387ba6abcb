namespace CatalogTools.Cli.Commands.Completion;

/// <summary>
/// The completion scripts: each hands the words typed after the program name, and the cursor's
/// place in them, to <c>PROGRAM "[suggest:POSITION]" "WORDS"</c> and offers the lines it prints.
/// PROGRAM is whatever was typed (catalog, ./catalog.sh), so the launcher completes as the tool does.
/// </summary>
public static class CompletionScripts
{
    public static readonly string[] Shells = ["bash", "zsh", "pwsh"];

    public static string For(string shell) => shell switch
    {
        "bash" => Header("bash", $"eval \"$(catalog completion bash)\"   ({Bilingual.Of(new("completion.or"))} ./catalog.sh completion bash)") + Bash,
        "zsh" => Header("zsh", $"eval \"$(catalog completion zsh)\"   ({Bilingual.Of(new("completion.afterCompinit"))})") + Zsh,
        "pwsh" => Header("PowerShell", "catalog completion pwsh | Out-String | Invoke-Expression") + Pwsh,
        _ => throw new ArgumentOutOfRangeException(nameof(shell), shell, "validated by the parser"),
    };

    /// <summary>The two comment lines a script opens with, in both languages: it lands in a shell profile that either reader may open.</summary>
    private static string Header(string shell, string use) =>
        $"# {Bilingual.Of(new("completion.scriptTitle", ("shell", shell)))}\n# {Bilingual.Of(new("completion.use"))}: {use}\n";

    private const string Bash = """
        _catalog_complete()
        {
            local line="${COMP_LINE:0:COMP_POINT}"
            local words="${line#"${COMP_WORDS[0]}"}"
            words="${words#" "}"
            local IFS=$'\n'
            COMPREPLY=( $(compgen -W "$("${COMP_WORDS[0]}" "[suggest:${#words}]" "$words" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}") )
        }
        complete -o default -F _catalog_complete catalog catalog.sh ./catalog.sh

        """;

    private const string Zsh = """
        _catalog_complete() {
            local words_typed="${(j: :)words[2,CURRENT]}"
            local -a candidates
            candidates=("${(@f)$(${words[1]} "[suggest:${#words_typed}]" "$words_typed" 2>/dev/null)}")
            compadd -a candidates
        }
        compdef _catalog_complete catalog catalog.sh ./catalog.sh

        """;

    private const string Pwsh = """
        Register-ArgumentCompleter -Native -CommandName catalog, catalog.sh, ./catalog.sh -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            $program = $commandAst.CommandElements[0].ToString()
            $typed = $commandAst.ToString().Substring(0, $cursorPosition - $commandAst.Extent.StartOffset)
            $words = $typed.Substring($program.Length).TrimStart()
            & $program "[suggest:$($words.Length)]" "$words" 2>$null | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
            }
        }

        """;
}
