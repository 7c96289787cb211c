namespace Haan.Report.Templates.Scripting;

/// <summary>A problem found while parsing or rendering a template, with its position in the template file.</summary>
/// <param name="File">Path of the template as shown to the user (relative to the templates folder).</param>
/// <param name="Line">1-based line, 0 when unknown.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
/// <param name="Message">German description of the problem and what to fix.</param>
public sealed record TemplateProblem(string File, int Line, int Column, string Message)
{
    public override string ToString() =>
        Line > 0 ? $"{File}({Line},{Column}): {Message}" : $"{File}: {Message}";
}

/// <summary>Thrown when a template cannot be parsed or rendered; carries every problem found.</summary>
public sealed class TemplateException(IReadOnlyList<TemplateProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<TemplateProblem> Problems { get; } = problems;
}
