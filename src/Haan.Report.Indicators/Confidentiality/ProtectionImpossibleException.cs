namespace Haan.Report.Indicators.Confidentiality;

/// <summary>
/// A suppressed count cannot be protected: every cell that could hide it is already known, from this version or from
/// an earlier version of the same report year. Nothing may be published; the message names the cell (never its value).
/// </summary>
public sealed class ProtectionImpossibleException : Exception
{
    public ProtectionImpossibleException(string expression, string areaId, int year)
        : base($"Geheimhaltung: Für „{expression}“ / {areaId} / {year.ToString(System.Globalization.CultureInfo.InvariantCulture)} lässt sich kein ausreichendes Schutzintervall herstellen.")
    {
        Expression = expression;
        AreaId = areaId;
        Year = year;
    }

    /// <summary>The count expression of the cell.</summary>
    public string Expression { get; }

    /// <summary>The area of the cell.</summary>
    public string AreaId { get; }

    /// <summary>The year of the cell.</summary>
    public int Year { get; }
}
