using Scriban.Syntax;

namespace Haan.Report.Templates.Scripting;

/// <summary>
/// Records, while a template writes its output, the template line and loop pass of the first character of every
/// output line (see <see cref="SourceMap"/>). Raw text is located exactly (Scriban writes it as a slice of the
/// template source); the value of an expression gets the line of the expression.
/// </summary>
internal sealed class SourceMapRecorder
{
    private readonly List<int> lines = [];
    private readonly List<string?> loops = [];
    private bool atLineStart = true;
    private string? indexedText;
    private List<int> lineStarts = [];

    public ReportTemplateContext? Context { get; set; }

    public void Record(string text, int offset, int count)
    {
        for (var i = offset; i < offset + count; i++)
        {
            if (atLineStart)
            {
                lines.Add(LineOf(text, i));
                loops.Add(Context?.DescribeLoops());
                atLineStart = false;
            }

            if (text[i] == '\n')
            {
                atLineStart = true;
            }
        }
    }

    public SourceMap ToMap() => new([.. lines], [.. loops]);

    private int LineOf(string text, int index)
    {
        if (Context is null)
        {
            return 0;
        }

        if (Context.ExpressionLine > 0)
        {
            return Context.ExpressionLine;
        }

        if (Context.CurrentNode is ScriptRawStatement raw && ReferenceEquals(raw.Text.FullText, text))
        {
            return LineInSource(text, index);
        }

        return Context.CurrentNode is { } node ? node.Span.Start.Line + 1 : 0;
    }

    /// <summary>1-based line of <paramref name="index"/> in the template source (line starts computed once per source).</summary>
    private int LineInSource(string source, int index)
    {
        if (!ReferenceEquals(source, indexedText))
        {
            indexedText = source;
            lineStarts = [0];
            for (var i = 0; i < source.Length; i++)
            {
                if (source[i] == '\n')
                {
                    lineStarts.Add(i + 1);
                }
            }
        }

        var found = lineStarts.BinarySearch(index);
        return (found >= 0 ? found : ~found - 1) + 1;
    }
}
