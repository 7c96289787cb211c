namespace Haan.Report.WebEdition;

/// <summary>
/// A figure: number (null for unnumbered figures such as the overview map), caption, the drawing as SVG (the same
/// drawing as in the PDF), the alternative text, the source line and the values it draws as a table.
/// </summary>
public sealed record WebFigure(string? Number, string Caption, string Svg, string AltText, string Source, WebTable Data);
