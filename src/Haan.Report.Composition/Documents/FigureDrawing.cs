using Haan.Report.Charts;
using SkiaSharp;

namespace Haan.Report.Composition.Documents;

/// <summary>
/// The drawing of one figure, recorded once as an <see cref="SKPicture"/> at the size the layout gives it and played
/// back wherever it is needed: into the PDF and into the web edition's SVG. ScottPlot renders each figure once per
/// build, and the SVG is exactly the PDF's drawing. With <c>prepareSvg</c> the SVG is made on the thread pool as soon
/// as the picture is recorded, while the PDF is still being laid out and written; it depends only on the picture, its
/// size and <paramref name="svgIdPrefix"/>, so the result does not depend on timing.
/// </summary>
internal sealed class FigureDrawing(IFigure figure, string svgIdPrefix, bool prepareSvg = false) : IDisposable
{
    private readonly Lock sync = new();
    private SKPicture? picture;
    private SKSize size;
    private Task<string>? svg;

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
        lock (sync)
        {
            if (picture is null || size != area)
            {
                Release();
                using var recorder = new SKPictureRecorder();
                var bounds = new SKRect(0, 0, area.Width, area.Height);
                Figure.Draw(recorder.BeginRecording(bounds), bounds);
                var recorded = recorder.EndRecording();
                (picture, size) = (recorded, area);
                svg = prepareSvg ? Task.Run(() => Render(recorded, area)) : null;
            }

            canvas.DrawPicture(picture);
        }
    }

    /// <summary>The drawing as SVG at the size it had in the PDF; drawn afresh at <paramref name="fallback"/> if it was never laid out.</summary>
    public string Svg(SKSize fallback)
    {
        SKPicture? recorded;
        SKSize recordedSize;
        Task<string>? prepared;
        lock (sync)
        {
            (recorded, recordedSize, prepared) = (picture, size, svg);
        }

        // a recorded picture is immutable and is only disposed with the build, after the web edition is written
        return prepared?.GetAwaiter().GetResult()
               ?? (recorded is null ? FigureSvg.Render(Figure, fallback.Width, fallback.Height, svgIdPrefix) : Render(recorded, recordedSize));
    }

    public void Dispose()
    {
        lock (sync)
        {
            Release();
        }
    }

    private string Render(SKPicture recorded, SKSize area) =>
        FigureSvg.Render((canvas, _) => canvas.DrawPicture(recorded), area.Width, area.Height, svgIdPrefix);

    private void Release()
    {
        try
        {
            svg?.Wait();
        }
        catch (AggregateException)
        {
            // the SVG is not needed any more; a failure shows where it is needed (Svg)
        }

        svg = null;
        picture?.Dispose();
        picture = null;
    }
}
