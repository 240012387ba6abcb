using System.Text;

namespace CatalogTools.Core.Yaml;

/// <summary>Strict UTF-8 decoding that says where the first bad byte is and guesses GBK.</summary>
public static class Utf8Text
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out YamlProblem? problem)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            text = Strict.GetString(bytes);
            problem = null;
            return true;
        }
        text = "";
        problem = Locate(bytes);
        return false;
    }

    private static YamlProblem Locate(ReadOnlySpan<byte> bytes)
    {
        var line = 1;
        var lineStart = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                var column = Strict.GetCharCount(bytes[lineStart..i]) + 1;
                var guess = LooksLikeGbk(bytes[i..]) ? "gbk" : null;
                return new YamlProblem(YamlProblemKind.NotUtf8, line, column, $"{bytes[i]:X2}", Key: guess);
            }
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
            i += consumed;
        }
        return new YamlProblem(YamlProblemKind.NotUtf8, line, 1, "00");
    }

    /// <summary>GBK double-byte characters: lead 0x81–0xFE, trail 0x40–0xFE except 0x7F.</summary>
    private static bool LooksLikeGbk(ReadOnlySpan<byte> rest) =>
        rest.Length >= 2 && rest[0] is >= 0x81 and <= 0xFE && rest[1] is >= 0x40 and <= 0xFE && rest[1] != 0x7F;
}
