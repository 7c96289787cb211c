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

    /// <summary>Office of the Vorwort's signature („Die Bürgermeisterin der Stadt Haan“).</summary>
    public string SignatureOffice { get; init; } = string.Empty;

    /// <summary>Name above the office in the signature, or empty (always empty under demonstration data).</summary>
    public string SignatureName { get; init; } = string.Empty;
}
