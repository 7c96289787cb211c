using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Haan.Report.Templates.Scripting;

/// <summary>
/// The Scriban context of a report template: every value an expression produces must be a finite number, so that
/// <c>1/0</c> or <c>0/0</c> is an error at its line instead of „Infinity“ or „NaN“ in the report.
/// </summary>
internal sealed class ReportTemplateContext(ScriptObject builtins) : TemplateContext(builtins)
{
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
