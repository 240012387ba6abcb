using System.Text;
using CatalogTools.Cli;
using Xunit;

namespace CatalogTools.Core.Tests.Cli;

/// <summary>
/// A report reaches stdout through <see cref="BlockWriter"/>: the same text, in every kind of
/// write a reporter makes, but handed on in a few large blocks rather than one write per line.
/// </summary>
public sealed class BlockWriterTests
{
    [Fact]
    public void Forty_thousand_lines_arrive_whole_in_a_few_writes()
    {
        var inner = new CountingWriter();
        var expected = new StringBuilder();
        using (var block = new BlockWriter(inner))
        {
            for (var i = 0; i < 40_000; i++)
            {
                var line = $"catalog/implementations/360101/CJ{i:D8}-360101.yaml  2:1  警告 CAT0081 实施清单没有公布帮办代办";
                block.WriteLine(line);
                block.Write('#');
                block.Write("x".AsSpan());
                block.Write(['y', 'z'], 0, 2);
                block.WriteLine();
                expected.Append(line).Append(Environment.NewLine).Append("#xyz").Append(Environment.NewLine);
            }
            Assert.True(inner.Writes < 400, $"{inner.Writes} writes before the end");
        }
        Assert.Equal(expected.ToString(), inner.Text.ToString());
        Assert.InRange(inner.Writes, 100, 400);
    }

    [Fact]
    public void Nothing_is_held_back_after_a_flush()
    {
        var inner = new CountingWriter();
        var block = new BlockWriter(inner);
        block.Write("摘要：0 个错误");
        Assert.Equal("", inner.Text.ToString());
        block.Flush();
        Assert.Equal("摘要：0 个错误", inner.Text.ToString());
    }

    /// <summary>A writer that remembers what it got and how many writes it took.</summary>
    private sealed class CountingWriter : TextWriter
    {
        public StringBuilder Text { get; } = new();
        public int Writes { get; private set; }
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            Writes++;
            Text.Append(value);
        }

        public override void Write(string? value)
        {
            Writes++;
            Text.Append(value);
        }
    }
}
