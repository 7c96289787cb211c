using ScottPlot;
using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>
/// Draws a ScottPlot <see cref="Plot"/> as vector output onto a foreign canvas (a PDF page, a raster surface)
/// and applies the house style to a plot.
/// </summary>
internal static class PlotRendering
{
    /// <summary>
    /// The no-double-render recipe: ScottPlot's render manager re-renders up to five times on the same canvas
    /// while axis limits settle, so the layout is first settled with <c>RenderInMemory</c>; clearing the canvas
    /// is switched off; the plot is translated and clipped into <paramref name="rect"/>.
    /// </summary>
    public static void Draw(SKCanvas canvas, SKRect rect, Plot plot)
    {
        var width = (int)Math.Floor(rect.Width);
        var height = (int)Math.Floor(rect.Height);
        if (width < 10 || height < 10) return;

        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        plot.RenderInMemory(width, height);

        canvas.Save();
        try
        {
            canvas.Translate(rect.Left, rect.Top);
            canvas.ClipRect(new SKRect(0, 0, width, height));
            plot.Render(canvas, width, height);
        }
        finally
        {
            canvas.Restore();
        }
    }

    /// <summary>House style: bundled font everywhere, light grid, no frame on top/right, transparent background.</summary>
    public static Plot CreatePlot(ChartStyle style)
    {
        var plot = new Plot();
        var family = style.Fonts.FamilyName;
        // Not plot.Font.Set(...): in 5.1.59 it also sets the process-global Fonts.DefaultFontStyle to the regular
        // face, which then wins over every label's Bold flag. Fonts are set on each label style instead.
        plot.Axes.Title.Label.FontName = family;
        plot.FigureBackground.Color = Colors.Transparent;
        plot.DataBackground.Color = Colors.Transparent;

        foreach (var axis in plot.Axes.GetAxes())
        {
            StyleAxis(axis, style);
        }

        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.IsVisible = false;
        plot.Axes.Right.IsVisible = false;

        plot.Grid.MajorLineColor = Palettes.Grid.ToScottPlot();
        plot.Grid.MajorLineWidth = style.GridLineWidth;
        plot.Grid.MinorLineWidth = 0;

        var legend = plot.Legend;
        legend.FontName = family;
        legend.FontSize = style.FontSize;
        legend.FontColor = Palettes.Text.ToScottPlot();
        legend.SetBestFontOnEachRender = false;
        legend.OutlineWidth = 0;
        legend.BackgroundColor = Colors.Transparent;
        legend.ShadowColor = Colors.Transparent;
        legend.SymbolWidth = 14;
        legend.SymbolHeight = 8;
        legend.SymbolPadding = 4;
        legend.Padding = new PixelPadding(2);
        legend.Margin = new PixelPadding(0);
        legend.InterItemPadding = new PixelPadding(2, 6, 1, 1);
        return plot;
    }

    public static void StyleAxis(IAxis axis, ChartStyle style)
    {
        var family = style.Fonts.FamilyName;
        axis.TickLabelStyle.FontName = family;
        axis.TickLabelStyle.FontSize = style.FontSize;
        axis.TickLabelStyle.Bold = false;
        axis.TickLabelStyle.ForeColor = Palettes.Text.ToScottPlot();
        axis.Label.FontName = family;
        axis.Label.FontSize = style.TitleFontSize;
        axis.Label.Bold = false;
        axis.Label.ForeColor = Palettes.Text.ToScottPlot();
        axis.FrameLineStyle.Width = 0.6f;
        axis.FrameLineStyle.Color = Palettes.MutedText.ToScottPlot();
        axis.MajorTickStyle.Length = 3;
        axis.MajorTickStyle.Width = 0.6f;
        axis.MajorTickStyle.Color = Palettes.MutedText.ToScottPlot();
        axis.MinorTickStyle.Length = 0;
        axis.MinorTickStyle.Width = 0;
    }

    /// <summary>Short dashes for reference lines (ScottPlot's "Dashed" is 10/10 px, too coarse in small panels).</summary>
    public static LinePattern ReferenceDash { get; } = new([4f, 2.5f], 0, "Referenz");

    /// <summary>Dashes for the 7th and later series in line charts.</summary>
    public static LinePattern SeriesDash { get; } = new([6f, 3f], 0, "Reihe");

    /// <summary>Automatic ticks with German labels.</summary>
    public static void GermanTicks(IAxis axis, ValueFormat format, int? decimals = null)
    {
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => GermanFormat.Number(v, decimals ?? (Math.Abs(v - Math.Round(v)) < 1e-9 ? 0 : TickDecimals(format)), format.Unit),
            MinimumTickSpacing = 28,
        };
    }

    /// <summary>Tick labels use at most the value decimals.</summary>
    private static int TickDecimals(ValueFormat format) => Math.Min(format.Decimals, 1);

    /// <summary>Applies the bundled font to a text plottable.</summary>
    public static void StyleText(ScottPlot.Plottables.Text text, ChartStyle style, float? size = null, bool bold = false, SKColor? color = null)
    {
        text.LabelStyle.FontName = style.Fonts.FamilyName;
        text.LabelStyle.FontSize = size ?? style.FontSize;
        text.LabelStyle.Bold = bold;
        text.LabelStyle.ForeColor = (color ?? Palettes.Text).ToScottPlot();
        text.LabelStyle.BackgroundColor = Colors.Transparent;
        text.LabelStyle.BorderWidth = 0;
        text.LabelStyle.Padding = 0;
    }
}
