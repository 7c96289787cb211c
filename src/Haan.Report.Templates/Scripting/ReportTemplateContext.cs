using Haan.Report.Templates.Markdown;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Haan.Report.Templates.Scripting;

/// <summary>
/// The Scriban context of a report template: every value an expression produces must be a finite number, so that
/// <c>1/0</c> or <c>0/0</c> is an error at its line instead of „Infinity“ or „NaN“ in the report; and every text an
/// expression writes (names and values from the data) is escaped for Markdown (<see cref="MarkdownText"/>), so data
/// never becomes markup. <paramref name="atBlockStart"/> tells whether the output is at the start of a block.
/// </summary>
internal sealed class ReportTemplateContext(ScriptObject builtins, Func<bool> atBlockStart) : TemplateContext(builtins)
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject switch
        {
            string text => base.Write(span, MarkdownText.Escape(text, atBlockStart())),
            MarkdownFragment fragment => base.Write(span, (object)fragment.Markdown),
            _ => base.Write(span, textAsObject),
        };

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var value = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (value is double d && !double.IsFinite(d) || value is float f && !float.IsFinite(f))
        {
            throw new ScriptRuntimeException(scriptNode!.Span,
                $"Die Rechnung „{scriptNode}“ ergibt keinen endlichen Wert ({(value is double x && double.IsNaN(x) || value is float y && float.IsNaN(y) ? "0/0, keine Zahl" : "Division durch 0 oder Überlauf")}). " +
                "Prüfen Sie den Nenner oder fangen Sie den Fall mit „if“ ab.");
        }

        return value;
    }
}
