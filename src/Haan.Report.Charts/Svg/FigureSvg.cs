using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>
/// The figure as vector SVG: the same <see cref="IFigure.Draw"/> call as in the PDF, onto Skia's SVG canvas
/// (<see cref="SKSvgCanvas"/>), at the size the figure has on the PDF page (1 SVG unit = 1 pt). Text stays text with
/// the font's family name, so a page that bundles the font shows the same letters.
/// </summary>
public static partial class FigureSvg
{
    /// <summary>
    /// Renders <paramref name="figure"/> at <paramref name="width"/> × <paramref name="height"/> points. Skia numbers
    /// clip paths and patterns with a process-wide counter; they are renumbered in order of appearance with
    /// <paramref name="idPrefix"/>, so the output is the same on every run and several figures can share one page.
    /// </summary>
    public static string Render(IFigure figure, float width, float height, string idPrefix = "f")
    {
        ArgumentNullException.ThrowIfNull(figure);
        return Render((canvas, bounds) => figure.Draw(canvas, bounds), width, height, idPrefix);
    }

    /// <summary>Records any drawing onto the SVG canvas (e.g. a recorded <see cref="SKPicture"/> played back).</summary>
    public static string Render(Action<SKCanvas, SKRect> draw, float width, float height, string idPrefix = "f")
    {
        ArgumentNullException.ThrowIfNull(draw);
        if (width <= 1 || height <= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(width), "The figure needs a non-empty area.");
        }

        var bounds = new SKRect(0, 0, width, height);
        using var memory = new MemoryStream();
        using (var stream = new SKManagedWStream(memory))
        {
            using (var canvas = SKSvgCanvas.Create(bounds, stream))
            {
                draw(canvas, bounds);
            }

            stream.Flush();
        }

        return RenumberIds(Encoding.UTF8.GetString(memory.ToArray()), idPrefix);
    }

    private static string RenumberIds(string svg, string prefix)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return IdOrReference().Replace(svg, m =>
        {
            var id = m.Groups["id"].Value;
            if (!ids.TryGetValue(id, out var renamed))
            {
                renamed = prefix + "-" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
                ids[id] = renamed;
            }

            return m.Groups["lead"].Value + renamed;
        });
    }

    [GeneratedRegex(@"(?<lead>\bid=""|url\(#|href=""#)(?<id>[^"")]+)")]
    private static partial Regex IdOrReference();
}
