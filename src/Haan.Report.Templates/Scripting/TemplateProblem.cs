using System.Globalization;

namespace Haan.Report.Templates.Scripting;

// Several types in one file: the exception only carries the problems.

/// <summary>A problem found while parsing or rendering a template, with its position in the template file.</summary>
/// <param name="File">Path of the template as shown to the user (relative to the templates folder).</param>
/// <param name="Line">1-based line of the template, 0 when unknown.</param>
/// <param name="Column">1-based column, 0 when unknown (or when the line was mapped back from the filled text).</param>
/// <param name="Message">German description of the problem and what to fix.</param>
public sealed record TemplateProblem(string File, int Line, int Column, string Message)
{
    /// <summary>
    /// Where in the filled text the problem arose when the template line was repeated by a loop, e.g.
    /// „Sozialraum SR05, Zeile 150 des ausgefüllten Texts“; null outside loops.
    /// </summary>
    public string? Context { get; init; }

    /// <summary>The original (English) message of the template engine, shown only with <c>--verbose</c>; null for our own messages.</summary>
    public string? Detail { get; init; }

    public override string ToString()
    {
        var where = (Line, Column) switch
        {
            ( <= 0, _) => File,
            (_, <= 0) => $"{File}({Line.ToString(CultureInfo.InvariantCulture)})",
            _ => $"{File}({Line.ToString(CultureInfo.InvariantCulture)},{Column.ToString(CultureInfo.InvariantCulture)})",
        };
        return Context is null ? $"{where}: {Message}" : $"{where} ({Context}): {Message}";
    }
}

/// <summary>Thrown when a template cannot be parsed or rendered; carries every problem found.</summary>
public sealed class TemplateException(IReadOnlyList<TemplateProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<TemplateProblem> Problems { get; } = problems;
}
