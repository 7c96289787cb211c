using System.Text;

namespace Haan.Report.Diagnostics;

/// <summary>
/// One problem with the inputs (data, catalogue, templates, configuration) — the one type every project reports with.
/// Problems are made only by the named factories of a project's message catalogue (e.g. <c>DataMessages.NotANumber</c>),
/// so <see cref="Code"/> is the factory's name and <see cref="Arguments"/> are the values it was given: tests assert
/// those, not the German prose. <see cref="ToString"/> is the single German rendering the command line shows:
/// <c>data/sgb2.csv, Zeile 12, Spalte „anzahl“: „abc“ ist keine Zahl. Erwartet: ganze Zahl ≥ 0.</c>
/// </summary>
public sealed record Problem
{
    /// <summary>Creates a problem; use a message catalogue's factory rather than this constructor.</summary>
    public Problem(string code, ProblemSeverity severity, ProblemLocation? location, string message)
    {
        Code = code;
        Severity = severity;
        Location = location;
        Message = message;
    }

    /// <summary>Stable name of the kind of problem (the catalogue factory's name).</summary>
    public string Code { get; init; }

    /// <summary>Error or warning.</summary>
    public ProblemSeverity Severity { get; init; }

    /// <summary>Where the problem is, or null when it concerns the inputs as a whole.</summary>
    public ProblemLocation? Location { get; init; }

    /// <summary>German description of what is wrong (without the expectation).</summary>
    public string Message { get; init; }

    /// <summary>What is expected instead, in German (rendered as „Erwartet: …“), or null.</summary>
    public string? Expected { get; init; }

    /// <summary>The offending value as found, or null.</summary>
    public string? Value { get; init; }

    /// <summary>The arguments the message was made from, in the factory's order (for tests and tools).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Technical detail for <c>--verbose</c> (e.g. a library's original English message), or null.</summary>
    public string? Detail { get; init; }

    /// <summary>True for <see cref="ProblemSeverity.Error"/>.</summary>
    public bool IsError => Severity == ProblemSeverity.Error;

    /// <summary>An error made by a catalogue factory named <paramref name="code"/>.</summary>
    public static Problem Error(string code, ProblemLocation? location, string message, string? expected = null, params string[] arguments) =>
        new(code, ProblemSeverity.Error, location, message) { Expected = expected, Arguments = arguments };

    /// <summary>A warning made by a catalogue factory named <paramref name="code"/>.</summary>
    public static Problem Warning(string code, ProblemLocation? location, string message, string? expected = null, params string[] arguments) =>
        new(code, ProblemSeverity.Warning, location, message) { Expected = expected, Arguments = arguments };

    /// <summary>The German one-line rendering: location, „Hinweis:“ for warnings, message, „Erwartet: …“.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        if (Location is not null)
        {
            sb.Append(Location).Append(": ");
        }

        if (Severity == ProblemSeverity.Warning)
        {
            sb.Append("Hinweis: ");
        }

        sb.Append(Message);
        if (!string.IsNullOrEmpty(Expected))
        {
            if (sb.Length > 0 && !char.IsWhiteSpace(sb[^1]))
            {
                sb.Append(' ');
            }

            sb.Append("Erwartet: ").Append(Expected);
            if (!Expected.EndsWith('.') && !Expected.EndsWith('!') && !Expected.EndsWith('?'))
            {
                sb.Append('.');
            }
        }

        return sb.ToString();
    }
}
