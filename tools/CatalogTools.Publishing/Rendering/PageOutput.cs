using System.Text;
using Scriban.Runtime;

namespace CatalogTools.Publishing.Rendering;

/// <summary>
/// Where a page renders to: one growable character buffer per thread, reused for every page, taken
/// out as UTF-8 bytes (or text) once the page is complete. Rendering into a StringBuilder and then
/// copying it into a string and the string into bytes allocated three page-sized buffers per page.
/// </summary>
internal sealed class PageOutput : IScriptOutput
{
    private char[] _chars = new char[32 * 1024];
    private byte[] _bytes = new byte[64 * 1024];
    private int _length;

    public void Write(string text, int offset, int count)
    {
        if (_length + count > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + count));
        text.CopyTo(offset, _chars, _length, count);
        _length += count;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The page as UTF-8 (what Encoding.UTF8.GetBytes of its text gives); empties the buffer.</summary>
    public byte[] TakeUtf8()
    {
        var chars = new ReadOnlySpan<char>(_chars, 0, _length);
        var most = Encoding.UTF8.GetMaxByteCount(_length);
        if (most > _bytes.Length) _bytes = new byte[most];
        var written = Encoding.UTF8.GetBytes(chars, _bytes);
        _length = 0;
        return _bytes.AsSpan(0, written).ToArray();
    }

    /// <summary>The page as text; empties the buffer.</summary>
    public string TakeText()
    {
        var text = new string(_chars, 0, _length);
        _length = 0;
        return text;
    }

    public void Clear() => _length = 0;

    /// <summary>
    /// Template.Render(context) returns this; the page is read with <see cref="TakeUtf8"/> or
    /// <see cref="TakeText"/> instead, so nothing is copied here.
    /// </summary>
    public override string ToString() => string.Empty;
}
