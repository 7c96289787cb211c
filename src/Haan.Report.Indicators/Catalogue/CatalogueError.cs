using Haan.Report.Diagnostics;

namespace Haan.Report.Indicators.Catalogue;

/// <summary>One validation error in a catalogue file (German message with file, line, column, value, expectation).</summary>
public sealed record CatalogueError(string File, int Line, string Column, string Value, string Expected)
{
    /// <summary>German message.</summary>
    public string Message => $"{File}, Zeile {Line}, Spalte „{Column}“: Wert „{Value}“ ist ungültig – erwartet: {Expected}.";

    /// <inheritdoc/>
    public override string ToString() => Message;

    /// <summary>The error as the one <see cref="Problem"/> type every project reports with.</summary>
    public Problem ToProblem() =>
        Problem.Error("InvalidCatalogueValue", ProblemLocation.InTable(File, Line, Column), $"Wert „{Value}“ ist ungültig – erwartet: {Expected}.", null, Column, Value)
            with { Value = Value };
}

/// <summary>Thrown when a catalogue has validation errors; carries all of them.</summary>
public sealed class CatalogueValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CatalogueValidationException(IReadOnlyList<CatalogueError> errors)
        : base("Der Indikatorenkatalog enthält Fehler:" + Environment.NewLine +
               string.Join(Environment.NewLine, errors.Select(e => e.Message)))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception without errors (required by the exception design rules).</summary>
    public CatalogueValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CatalogueValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public CatalogueValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>All errors.</summary>
    public IReadOnlyList<CatalogueError> Errors { get; }
}
