namespace Haan.Report.Composition;

// Several types in one file: the request of one build and the records of its result.

/// <summary>
/// What to build: input folders and the output folder (absolute or relative paths). <see cref="Draft"/>: write a
/// working copy to <c>&lt;output&gt;/&lt;year&gt;/entwurf/</c>, replacing the previous draft, instead of publishing a version.
/// </summary>
public sealed record BuildRequest(string DataDirectory, string TemplatesDirectory, string OutputDirectory)
{
    public bool Draft { get; init; }

    /// <summary>Also export every figure as a PNG (300 dpi) into <c>abbildungen/</c> of the version folder.</summary>
    public bool FigurePngs { get; init; }
}

/// <summary>
/// What a build produced. <paramref name="Unchanged"/>: the version already existed with the same inputs and the
/// build reproduced it byte for byte, so nothing was written. <paramref name="Changes"/>: the comparison with the
/// previous published version (null for the first version).
/// </summary>
public sealed record BuildResult(
    string PdfPath,
    int PageCount,
    string MarkdownPath,
    IReadOnlyList<string> Warnings,
    string Folder,
    bool Unchanged,
    Publishing.ReportComparison? Changes);

/// <summary>The rendered report: PDF bytes, page count and the figures as PNG files.</summary>
public sealed record RenderedReport(byte[] Pdf, int Pages, IReadOnlyList<FigureExport> Figures)
{
    /// <summary>The files of the web edition, named relative to the version folder (<c>html/…</c>).</summary>
    public IReadOnlyList<(string Name, byte[] Bytes)> WebEdition { get; init; } = [];
}

/// <summary>A figure with its number, caption, alt text and source line; <see cref="Png"/> (300 dpi, 160 mm wide) when requested.</summary>
public sealed record FigureExport(string Number, string Caption, string AltText, string Source, byte[]? Png)
{
    public const double WidthMm = 160;
    public const int Dpi = 300;
}
