namespace Haan.Report.WebEdition;

/// <summary>
/// What every page of the web edition shows around the content: report title, publisher, version and Stand
/// (German date), whether Sozialraum values are synthetic (Demonstrationsdaten), and the file names of the PDF and the
/// indicator tables of the same version (they lie one folder up, next to <c>html/</c>).
/// </summary>
public sealed record WebEditionInfo(
    string Title,
    string Subtitle,
    string Publisher,
    string Version,
    string Stand,
    bool Synthetic,
    string PdfFile,
    string CsvFile,
    string XlsxFile);
