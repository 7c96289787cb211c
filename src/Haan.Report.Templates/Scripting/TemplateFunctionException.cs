using Haan.Report.Diagnostics;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Haan.Report.Templates.Scripting;

/// <summary>
/// Raised by a template function for an author mistake (unknown indicator, year, area, argument): carries the
/// catalogue's <see cref="Diagnostics.Problem"/> through the template engine, which adds the loop context.
/// </summary>
public sealed class TemplateFunctionException(SourceSpan span, Problem problem) : ScriptRuntimeException(span, problem.Message)
{
    /// <summary>The problem, located at the call in the template.</summary>
    public Problem Problem { get; } = problem;
}
