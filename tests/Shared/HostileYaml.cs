using System.Text;

namespace CatalogTools.Tests.Shared;

/// <summary>YAML written to exhaust a reader: an alias bomb, deep flow nesting, deep block nesting.</summary>
public static class HostileYaml
{
    /// <summary>Billion laughs: ten levels of nine aliases each, 9^10 nodes once expanded, a few hundred bytes written.</summary>
    public static string AliasBomb(string code = "CJ00101001", int levels = 10)
    {
        var sb = new StringBuilder($"code: {code}\nname: 炸弹\na0: &a0 [哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈]\n");
        for (var i = 1; i < levels; i++) sb.Append($"a{i}: &a{i} [").AppendJoin(", ", Enumerable.Repeat($"*a{i - 1}", 9)).Append("]\n");
        return sb.ToString();
    }

    /// <summary>A list nested <paramref name="depth"/> deep in flow style ([[[…]]]), under the root mapping.</summary>
    public static string DeepFlow(int depth, string code = "CJ00101001") => $"code: {code}\nconditions: " + new string('[', depth) + new string(']', depth) + "\n";

    /// <summary>Mappings nested <paramref name="depth"/> deep in block style, one more space of indentation per level.</summary>
    public static string DeepBlock(int depth, string code = "CJ00101001")
    {
        var sb = new StringBuilder($"code: {code}\nconditions:\n");
        for (var i = 0; i < depth; i++) sb.Append(' ', i + 2).Append("a:\n");
        return sb.ToString();
    }
}
