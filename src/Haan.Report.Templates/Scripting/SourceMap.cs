using Haan.Report.Diagnostics;

namespace Haan.Report.Templates.Scripting;

/// <summary>
/// Maps each line of a filled template (the Markdown after Scriban ran) back to the template line its first
/// character came from, and — inside loops — to the loop pass that wrote it („Sozialraum SR05“). Messages about the
/// filled text (a bad directive argument, a broken link) name the line an author can find in the template.
/// </summary>
public sealed class SourceMap
{
    private readonly IReadOnlyList<int> templateLines;
    private readonly IReadOnlyList<string?> loops;

    internal SourceMap(IReadOnlyList<int> templateLines, IReadOnlyList<string?> loops)
    {
        this.templateLines = templateLines;
        this.loops = loops;
    }

    /// <summary>The identity map: every filled line is its own template line (text without template code).</summary>
    public static SourceMap Identity { get; } = new([], []);

    /// <summary>Where the 1-based line <paramref name="filledLine"/> of the filled text came from.</summary>
    public SourceOrigin Origin(int filledLine)
    {
        var index = filledLine - 1;
        if (index < 0 || index >= templateLines.Count)
        {
            return new SourceOrigin(filledLine, filledLine, null);
        }

        return new SourceOrigin(templateLines[index], filledLine, loops[index]);
    }

    /// <summary>The problem moved to its template line, with the loop pass as context (column dropped when the line moved).</summary>
    public Problem Locate(Problem problem)
    {
        if (problem.Location is not { Line: int line } at)
        {
            return problem;
        }

        var origin = Origin(line);
        return origin.TemplateLine == line && origin.Loop is null
            ? problem
            : problem with { Location = at with { Line = origin.TemplateLine, Column = null, Context = origin.Context } };
    }
}
