using Haan.Report.Diagnostics;

namespace Haan.Report.Testing;

/// <summary>
/// One-line contract assertions on reported problems (the model: Npgsql's <c>AssertType</c>): a test names the message
/// catalogue's factory and its arguments, not the German prose, so a reworded message does not break a test.
/// </summary>
public static class ProblemAssert
{
    /// <summary>
    /// Asserts that <paramref name="problems"/> holds a problem with <paramref name="code"/> whose arguments start with
    /// <paramref name="arguments"/>; returns it so that the location can be checked too.
    /// </summary>
    public static Problem Has(IEnumerable<Problem> problems, string code, params string[] arguments)
    {
        var list = problems.ToList();
        var match = list.FirstOrDefault(p => p.Code == code && p.Arguments.Take(arguments.Length).SequenceEqual(arguments));
        if (match is null)
        {
            var listed = list.Count == 0 ? "(keine)" : string.Join(Environment.NewLine, list.Select(p => $"  {p.Code}({string.Join(", ", p.Arguments)}): {p}"));
            throw new InvalidOperationException(
                $"Expected a problem {code}({string.Join(", ", arguments)}); reported were:{Environment.NewLine}{listed}");
        }

        return match;
    }

    /// <summary>Asserts that <paramref name="problems"/> holds a problem with <paramref name="code"/> at <paramref name="file"/> line <paramref name="line"/>.</summary>
    public static Problem HasAt(IEnumerable<Problem> problems, string code, string file, int line)
    {
        var list = problems.ToList();
        return list.FirstOrDefault(p => p.Code == code && p.Location?.File == file && p.Location.Line == line)
            ?? throw new InvalidOperationException(
                $"Expected a problem {code} at {file}:{line}; reported were:{Environment.NewLine}" +
                string.Join(Environment.NewLine, list.Select(p => $"  {p.Code} @ {p.Location?.File}:{p.Location?.Line}: {p}")));
    }
}
