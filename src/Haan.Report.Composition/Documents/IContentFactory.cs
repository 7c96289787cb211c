using Haan.Report.Composition.Text;
using Haan.Report.Diagnostics;
using Haan.Report.Charts;
using Haan.Report.Templates.Markdown;

namespace Haan.Report.Composition.Documents;

// Several types in one file: the factory interface and the records it returns.

/// <summary>A figure ready for layout: the drawing, its height on the page, its source line and the values it draws.</summary>
internal sealed record FigureContent(IFigure Figure, float Height, string Source, FigureDataTable Data);

/// <summary>A figure as placed in the report: number, caption, drawing, height on the page (pt) and source line.</summary>
internal sealed record PlacedFigure(string Number, string Caption, IFigure Figure, float Height, string Source)
{
    /// <summary>The values the figure draws (its data table in the web edition).</summary>
    public FigureDataTable? Data { get; init; }

    /// <summary>The figure's recorded drawing (PDF and web edition play back the same picture).</summary>
    public FigureDrawing? Drawing { get; init; }
}

/// <summary>A table ready for layout and its source line.</summary>
internal sealed record TableContent(Layout.Table Table, string Source);

/// <summary>A problem in a directive's arguments (unknown indicator, area, figure type …), in German.</summary>
internal sealed class ContentException(Problem problem) : Exception(problem.Message)
{
    /// <summary>A directive problem with a German reason only (located at the directive by the composer).</summary>
    public ContentException(string reason)
        : this(ReportMessages.Directive(null, reason))
    {
    }

    /// <summary>The problem without its location; the composer places it at the directive's template line.</summary>
    public Problem Problem { get; } = problem;
}

/// <summary>Builds the figures and tables that directives ask for, from the report's data.</summary>
internal interface IContentFactory
{
    FigureContent CreateFigure(DocDirective directive);

    TableContent CreateTable(DocDirective directive);
}
