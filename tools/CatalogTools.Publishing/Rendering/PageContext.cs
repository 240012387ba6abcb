using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace CatalogTools.Publishing.Rendering;

/// <summary>
/// The Scriban context pages render in. A <see cref="Leaf"/> or <see cref="RawMarkup"/> written by
/// <c>{{ x }}</c> goes to the output piece by piece, exactly as its ToString() reads, without
/// building that string first (a guide page writes a few hundred leaves).
/// </summary>
internal sealed class PageContext(ScriptObject builtins) : TemplateContext(builtins)
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case Leaf leaf:
                leaf.WriteTo(this);
                return this;
            case RawMarkup raw:
                Write(raw.Markup);
                return this;
            default:
                return base.Write(span, textAsObject);
        }
    }
}
