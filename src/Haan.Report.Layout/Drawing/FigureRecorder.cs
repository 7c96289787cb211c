using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>
/// Records vector figures (canvas callbacks such as ScottPlot charts and maps) into Skia pictures on the thread pool
/// while the page loop goes on: the locating pass knows every figure's size, so the drawing pass only plays the
/// pictures back. A picture is the same whichever thread recorded it, so the output stays byte-identical.
/// </summary>
internal sealed class FigureRecorder : IDisposable
{
    private readonly Dictionary<object, (SKSize Size, Task<SKPicture> Picture)> recordings = new(ReferenceEqualityComparer.Instance);

    /// <summary>Starts recording a figure (once per key).</summary>
    public void Start(object key, SKSize size, Action<SKCanvas, SKSize> draw)
    {
        if (recordings.ContainsKey(key))
        {
            return;
        }

        recordings[key] = (size, Task.Run(() =>
        {
            using var recorder = new SKPictureRecorder();
            var canvas = recorder.BeginRecording(new SKRect(0, 0, size.Width, size.Height));
            draw(canvas, size);
            return recorder.EndRecording();
        }));
    }

    /// <summary>The drawing for a figure: its recorded picture when one of the same size exists, otherwise the callback itself.</summary>
    public Action<SKCanvas, SKSize> DrawingFor(object key, SKSize size, Action<SKCanvas, SKSize> draw)
    {
        if (!recordings.TryGetValue(key, out var recording) || recording.Size != size)
        {
            return draw;
        }

        var picture = recording.Picture.GetAwaiter().GetResult();
        return (canvas, _) => canvas.DrawPicture(picture);
    }

    public void Dispose()
    {
        foreach (var (_, picture) in recordings.Values)
        {
            try
            {
                picture.GetAwaiter().GetResult().Dispose();
            }
            catch (Exception)
            {
                // A figure that failed to record has already reported its error where it was drawn.
            }
        }
    }
}
