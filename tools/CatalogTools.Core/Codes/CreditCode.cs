using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Core.Codes;

/// <summary>
/// The unified social credit code (统一社会信用代码, GB 32100): 18 characters; position 18 checks
/// the first 17, and positions 9–17 are an organization code (GB 11714) with its own check.
/// </summary>
public static class CreditCode
{
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Null when valid, else why not (<see cref="CreditCodeProblem.Message"/>).</summary>
    public static CreditCodeProblem? Validate(string code)
    {
        if (code.Length != 18) return new CreditCodeProblem(CreditCodeFault.Length, code.Length.ToString());
        for (var i = 0; i < 18; i++)
        {
            if (Alphabet.IndexOf(code[i]) < 0) return new CreditCodeProblem(CreditCodeFault.Character, $"{i + 1}:{code[i]}");
        }
        var organizationCheck = OrganizationCheck(code.AsSpan(8, 8));
        if (organizationCheck is null) return new CreditCodeProblem(CreditCodeFault.Character, "9-16");
        if (code[16] != organizationCheck) return new CreditCodeProblem(CreditCodeFault.OrganizationCheck, organizationCheck.Value.ToString());
        var check = CheckCharacter(code.AsSpan(0, 17));
        if (code[17] != check) return new CreditCodeProblem(CreditCodeFault.Check, check.ToString());
        return null;
    }

    public static bool IsValid(string code) => Validate(code) is null;

    /// <summary>GB 32100 check character over the first 17 characters.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        }
        var value = 31 - sum % 31;
        return Alphabet[value == 31 ? 0 : value];
    }

    /// <summary>GB 11714 check character over the organization code's first eight characters.</summary>
    public static char? OrganizationCheck(ReadOnlySpan<char> first8)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = first8[i];
            int v;
            if (c is >= '0' and <= '9') v = c - '0';
            else if (c is >= 'A' and <= 'Z') v = c - 'A' + 10;
            else return null;
            sum += v * OrganizationWeights[i];
        }
        var check = 11 - sum % 11;
        return check switch
        {
            10 => 'X',
            11 => '0',
            _ => (char)('0' + check),
        };
    }

    /// <summary>Builds a valid code from a 2-char registration type, a 6-digit region and an 8-char organization body.</summary>
    public static string Build(string registrationType, string region6, string organizationBody8)
    {
        var organization = organizationBody8 + OrganizationCheck(organizationBody8);
        var first17 = registrationType + region6 + organization;
        return first17 + CheckCharacter(first17);
    }
}

public enum CreditCodeFault
{
    Length,
    Character,
    OrganizationCheck,
    Check,
}

public sealed record CreditCodeProblem(CreditCodeFault Fault, string Detail)
{
    /// <summary>Why the code is wrong, as a message the caller words in its language.</summary>
    public MessageText Message => Fault switch
    {
        CreditCodeFault.Length => new MessageText("creditCode.length", ("found", Detail)),
        CreditCodeFault.Character => CharacterFault(),
        CreditCodeFault.OrganizationCheck => new MessageText("creditCode.organizationCheck", ("expected", Detail)),
        _ => new MessageText("creditCode.check", ("expected", Detail)),
    };

    /// <summary>"第 18 位是全角Ｘ，应为半角 X": the character named so the cause shows (full-width, lower case, invisible).</summary>
    private MessageText CharacterFault()
    {
        var colon = Detail.IndexOf(':');
        if (colon < 0 || !System.Text.Rune.TryGetRuneAt(Detail, colon + 1, out var rune))
            return new MessageText("creditCode.notAllowed", ("detail", Detail));
        var position = Detail[..colon];
        var shown = Matching.VisibleText.Character(rune);
        var v = rune.Value;
        string? should = null;
        if (v is >= 0xFF01 and <= 0xFF5E) should = ((char)(v - 0xFEE0)).ToString().ToUpperInvariant();
        else if (v is >= 'a' and <= 'z') should = ((char)(v - 32)).ToString();
        if (should is not null && CreditCode.Alphabet.Contains(should[0]))
            return new MessageText("creditCode.shouldBeCapital", ("position", position),
                ("character", v is >= 'a' and <= 'z' ? new MessageText("creditCode.lowerCase", ("character", shown)) : shown), ("should", should));
        return new MessageText("creditCode.notAllowedAt", ("position", position), ("character", shown));
    }
}
