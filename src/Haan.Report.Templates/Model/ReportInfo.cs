namespace Haan.Report.Templates.Model;

/// <summary>Report facts from the configuration that templates may show.</summary>
public sealed record ReportInfo(
    string Title,
    string Subtitle,
    string Publisher,
    int ReportYear,
    string Version,
    DateOnly PublicationDate)
{
    /// <summary>The office that prepared the report („Sozialplanung“).</summary>
    public string PreparedBy { get; init; } = string.Empty;

    /// <summary>Office of the Vorwort's signature („Der Bürgermeister der Stadt Hilden“).</summary>
    public string SignatureOffice { get; init; } = string.Empty;

    /// <summary>Name above the office in the signature, or empty (always empty under demonstration data).</summary>
    public string SignatureName { get; init; } = string.Empty;

    /// <summary>The town's name in running text („Hilden“; bericht.json „stadt.name“).</summary>
    public string TownName { get; init; } = string.Empty;

    /// <summary>The town as a whole in tables and texts („Stadt Hilden“; „stadt.bezeichnung“).</summary>
    public string TownDesignation { get; init; } = string.Empty;

    /// <summary>Adjective of the town before a plural noun („Hildener Schulen“; „stadt.adjektiv“).</summary>
    public string TownAdjective { get; init; } = string.Empty;

    /// <summary>Postal address of the publisher („stadt.anschrift“), or empty.</summary>
    public string Address { get; init; } = string.Empty;

    /// <summary>The Kreis („Kreis Mettmann“; „kreis.name“).</summary>
    public string KreisName { get; init; } = string.Empty;
}
