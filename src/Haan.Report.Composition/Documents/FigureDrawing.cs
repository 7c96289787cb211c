using Haan.Report.Charts;
using SkiaSharp;

namespace Haan.Report.Composition.Documents;

/// <summary>
/// The drawing of one figure, recorded once as an <see cref="SKPicture"/> at the size the layout gives it and played
/// back wherever it is needed: into the PDF and, afterwards, into the web edition's SVG. ScottPlot renders each figure
/// once per build, and the SVG is exactly the PDF's drawing.
/// </summary>
internal sealed class FigureDrawing(IFigure figure) : IDisposable
{
    private readonly Lock sync = new();
    private SKPicture? picture;
    private SKSize size;

    public IFigure Figure { get; } = figure;

    /// <summary>Whether the layout has drawn the figure (then <see cref="Svg"/> plays back the PDF's drawing).</summary>
    public bool IsRecorded
    {
        get
        {
            lock (sync)
            {
                return picture is not null;
            }
        }
    }

    /// <summary>Draws the figure at <paramref name="area"/> (the layout's draw callback; any thread).</summary>
    public void Draw(SKCanvas canvas, SKSize area)
    {
        SKPicture recorded;
        lock (sync)
        {
            if (picture is null || size != area)
            {
                picture?.Dispose();
                using var recorder = new SKPictureRecorder();
                var bounds = new SKRect(0, 0, area.Width, area.Height);
                Figure.Draw(recorder.BeginRecording(bounds), bounds);
                picture = recorder.EndRecording();
                size = area;
            }

            recorded = picture;
            canvas.DrawPicture(recorded);
        }
    }

    /// <summary>The drawing as SVG at the size it had in the PDF; drawn afresh at <paramref name="fallback"/> if it was never laid out.</summary>
    public string Svg(SKSize fallback, string idPrefix)
    {
        SKPicture? recorded;
        SKSize recordedSize;
        lock (sync)
        {
            (recorded, recordedSize) = (picture, size);
        }

        // a recorded picture is immutable and is only disposed with the build, after the web edition is written
        return recorded is null
            ? FigureSvg.Render(Figure, fallback.Width, fallback.Height, idPrefix)
            : FigureSvg.Render((canvas, _) => canvas.DrawPicture(recorded), recordedSize.Width, recordedSize.Height, idPrefix);
    }

    public void Dispose()
    {
        lock (sync)
        {
            picture?.Dispose();
            picture = null;
        }
    }
}
