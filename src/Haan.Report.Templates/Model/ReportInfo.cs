namespace Haan.Report.Templates.Model;

/// <summary>Report facts from the configuration that templates may show.</summary>
public sealed record ReportInfo(
    string Title,
    string Subtitle,
    string Publisher,
    int ReportYear,
    string Version,
    DateOnly PublicationDate);
