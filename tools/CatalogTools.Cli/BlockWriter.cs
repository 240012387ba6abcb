using System.Text;

namespace CatalogTools.Cli;

/// <summary>
/// Hands text to another writer in blocks of about 32,000 characters. The console's stdout flushes
/// on every write, so a report of 40,000 lines written straight to it costs 40,000 system calls;
/// through this it costs about 150. <see cref="Flush"/> (or disposing) passes on the rest.
/// </summary>
public sealed class BlockWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    private const int BlockChars = 32 * 1024;
    private readonly StringBuilder _block = new(BlockChars + 256);

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        _block.Append(value);
        if (_block.Length >= BlockChars) PassOn();
    }

    public override void Write(string? value)
    {
        _block.Append(value);
        if (_block.Length >= BlockChars) PassOn();
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        _block.Append(buffer);
        if (_block.Length >= BlockChars) PassOn();
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void WriteLine(string? value)
    {
        _block.Append(value).Append(CoreNewLine);
        if (_block.Length >= BlockChars) PassOn();
    }

    public override void WriteLine() => Write(CoreNewLine);

    public override void Flush()
    {
        PassOn();
        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Flush();
        base.Dispose(disposing);
    }

    private void PassOn()
    {
        if (_block.Length == 0) return;
        inner.Write(_block.ToString());
        _block.Clear();
    }
}
