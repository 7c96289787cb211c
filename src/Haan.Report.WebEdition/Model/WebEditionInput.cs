using Haan.Report.Templates.Markdown;

namespace Haan.Report.WebEdition;

/// <summary>Everything the web edition is built from: page furniture, the chapters' document trees and their content.</summary>
public sealed record WebEditionInput(
    WebEditionInfo Info,
    IReadOnlyList<IReadOnlyList<DocBlock>> Chapters,
    IWebContent Content,
    IReadOnlyList<WebFont> Fonts)
{
    /// <summary>The title page's figure (overview map), shown on the start page; optional.</summary>
    public WebFigure? TitleFigure { get; init; }

    /// <summary>Notice on the start page about the synthetic data (the PDF's title-page box); optional.</summary>
    public string? DataNotice { get; init; }
}
