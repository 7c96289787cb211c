using System.Globalization;
using Haan.Report.Templates.Markdown;
using Haan.Report.Templates.Text;
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
/// It also tells the <see cref="SourceMapRecorder"/> which template line and which loop pass is writing.
/// </summary>
internal sealed class ReportTemplateContext(ScriptObject builtins, Func<bool> atBlockStart) : TemplateContext(builtins)
{
    private readonly List<LoopFrame> loops = [];

    /// <summary>Template line (1-based) of the expression whose value is being written, 0 while raw text is written.</summary>
    public int ExpressionLine { get; private set; }

    /// <summary>The loop passes around the node that failed (captured before the loops unwind), or null.</summary>
    public string? FailedInLoop { get; private set; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        ExpressionLine = span.Start.Line + 1;
        try
        {
            return textAsObject switch
            {
                string text => base.Write(span, MarkdownText.Escape(text, atBlockStart())),
                MarkdownFragment fragment => base.Write(span, (object)fragment.Markdown),
                _ => base.Write(span, textAsObject),
            };
        }
        finally
        {
            ExpressionLine = 0;
        }
    }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        object? value;
        try
        {
            value = base.Evaluate(scriptNode, aliasReturnedFunction);
        }
        catch (ScriptRuntimeException) when (loops.Count > 0 && FailedInLoop is null)
        {
            FailedInLoop = DescribeLoops();
            throw;
        }

        if (value is double d && !double.IsFinite(d) || value is float f && !float.IsFinite(f))
        {
            throw new TemplateFunctionException(scriptNode!.Span,
                TemplateMessages.NotFinite(TemplateMessages.At(scriptNode.Span), scriptNode.ToString() ?? "", value is double x && double.IsNaN(x) || value is float y && float.IsNaN(y)));
        }

        return value;
    }

    protected override void OnEnterLoop(ScriptLoopStatementBase loop)
    {
        base.OnEnterLoop(loop);
        loops.Add(new LoopFrame(loop));
    }

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        if (loops.Count > 0)
        {
            loops[^1].Pass++;
        }

        return base.OnStepLoop(loop);
    }

    protected override void OnExitLoop(ScriptLoopStatementBase loop)
    {
        if (loops.Count > 0)
        {
            loops.RemoveAt(loops.Count - 1);
        }

        base.OnExitLoop(loop);
    }

    /// <summary>
    /// The current loop passes, outermost first: „Sozialraum SR05“ for a loop over areas, „x = 3“ for a loop over
    /// plain values, „Durchlauf 2 der Schleife in Zeile 12“ otherwise; null outside loops.
    /// </summary>
    public string? DescribeLoops()
    {
        if (loops.Count == 0)
        {
            return null;
        }

        var passes = loops.Select(Describe).OfType<string>().ToList();
        return passes.Count == 0 ? null : string.Join(", ", passes);
    }

    /// <summary>The pass of one loop, or null before its first pass (the loop failed on its range or list).</summary>
    private string? Describe(LoopFrame frame)
    {
        if (frame.Pass == 0)
        {
            return null;
        }

        if (frame.Loop is ScriptForStatement { Variable: ScriptVariable variable })
        {
            object? value;
            try
            {
                value = GetValue(variable);
            }
            catch (ScriptRuntimeException)
            {
                // Not yet set (the loop failed before its first pass): describe the pass by its number.
                value = null;
            }

            switch (value)
            {
                case ScriptObject area when area.TryGetValue("schluessel", out var key) && key is string areaKey:
                    return areaKey == Data.DataSet.TownKey ? "Gesamtstadt" : $"Sozialraum {areaKey}";
                case ScriptObject indicator when indicator.TryGetValue("id", out var id) && id is string indicatorId:
                    return $"Indikator {indicatorId}";
                case string or int or long or double or bool:
                    return $"{variable.Name} = {Convert.ToString(value, CultureInfo.InvariantCulture)}";
            }
        }

        return $"Durchlauf {frame.Pass.ToString(CultureInfo.InvariantCulture)} der Schleife in Zeile {(frame.Loop.Span.Start.Line + 1).ToString(CultureInfo.InvariantCulture)}";
    }

    private sealed class LoopFrame(ScriptLoopStatementBase loop)
    {
        public ScriptLoopStatementBase Loop { get; } = loop;

        public int Pass { get; set; }
    }
}
