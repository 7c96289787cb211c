using ScottPlot;
using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>Shares (percent of the whole population of the unit) of one age group by sex.</summary>
public sealed record AgeGroupShare(string AgeGroup, double MaleShare, double FemaleShare);

/// <summary>
/// Population pyramid of an area (filled bars) against the town (outline). Age groups are ordered youngest first;
/// the youngest is drawn at the bottom.
/// </summary>
public sealed record PyramidSpec(string AreaName, IReadOnlyList<AgeGroupShare> Area, IReadOnlyList<AgeGroupShare> Reference)
{
    public string ReferenceLabel { get; init; } = "Gesamtstadt";

    /// <summary>
    /// Width of every age group in years (the last group is open: „85+“). The age axis is then labelled with ages
    /// at group boundaries (every 10 or 20 years, as space allows) instead of one label per group, so the labels
    /// never overlap. 0 = groups of unequal width, one label per group.
    /// </summary>
    public int BandYears { get; init; }

    /// <summary>The convention in one muted line under the chart, e.g. „Altersgruppen zu je 5 Jahren …“; null = none.</summary>
    public string? Note { get; init; }
}

/// <summary>Population pyramid; see <see cref="PyramidSpec"/>.</summary>
public sealed class PyramidFigure : Figure
{
    private readonly PyramidSpec _spec;

    /// <summary>The spec this figure draws.</summary>
    internal PyramidSpec Spec => _spec;

    public PyramidFigure(PyramidSpec spec, ChartStyle style) : base(style)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Area.Count == 0) throw new ArgumentException("Need age groups.", nameof(spec));
        if (spec.Reference.Count != 0 && !spec.Reference.Select(r => r.AgeGroup).SequenceEqual(spec.Area.Select(a => a.AgeGroup)))
        {
            throw new ArgumentException("Area and reference need the same age groups in the same order.", nameof(spec));
        }

        _spec = spec;
    }

    public override double PreferredAspectRatio => 160.0 / 100.0;

    public override string AltText
    {
        get
        {
            var f = ValueFormat.Percent1;
            var largest = _spec.Area.MaxBy(a => a.MaleShare + a.FemaleShare)!;
            var text = $"Bevölkerungspyramide: Anteile der Altersgruppen nach Geschlecht in {_spec.AreaName}, {_spec.ReferenceLabel} als Umriss; größte Gruppe {largest.AgeGroup} mit {f.Format(largest.MaleShare + largest.FemaleShare)}";
            if (_spec.Reference.Count > 0)
            {
                var diffs = _spec.Area.Zip(_spec.Reference, (a, r) => (a.AgeGroup, Diff: a.MaleShare + a.FemaleShare - r.MaleShare - r.FemaleShare)).ToList();
                var over = diffs.MaxBy(d => d.Diff);
                text += $"; stärker als in der Stadt vertreten: {over.AgeGroup} ({GermanFormat.Signed(over.Diff, 1)} Prozentpunkte)";
            }

            return text + ".";
        }
    }

    private protected override void DrawContent(SKCanvas canvas, SKRect bounds)
    {
        using var plot = PlotRendering.CreatePlot(Style);
        var n = _spec.Area.Count;
        var male = Palettes.Categorical[0];
        var female = Palettes.Categorical[1];
        var bars = new List<Bar>();
        var outline = new List<Bar>();
        for (var i = 0; i < n; i++)
        {
            var a = _spec.Area[i];
            bars.Add(new Bar { Position = i, Value = -a.MaleShare, ValueBase = 0, Size = 0.84, FillColor = male.ToScottPlot(), LineWidth = 0, Orientation = Orientation.Horizontal });
            bars.Add(new Bar { Position = i, Value = a.FemaleShare, ValueBase = 0, Size = 0.84, FillColor = female.ToScottPlot(), LineWidth = 0, Orientation = Orientation.Horizontal });
            if (_spec.Reference.Count > 0)
            {
                var r = _spec.Reference[i];
                outline.Add(new Bar { Position = i, Value = -r.MaleShare, ValueBase = 0, Size = 0.84, FillColor = Colors.Transparent, LineColor = Palettes.Reference.ToScottPlot(), LineWidth = 0.9f, Orientation = Orientation.Horizontal });
                outline.Add(new Bar { Position = i, Value = r.FemaleShare, ValueBase = 0, Size = 0.84, FillColor = Colors.Transparent, LineColor = Palettes.Reference.ToScottPlot(), LineWidth = 0.9f, Orientation = Orientation.Horizontal });
            }
        }

        var areaBars = plot.Add.Bars(bars);
        areaBars.Horizontal = true;
        if (outline.Count > 0)
        {
            var refBars = plot.Add.Bars(outline);
            refBars.Horizontal = true;
        }

        var max = _spec.Area.Concat(_spec.Reference).Max(a => Math.Max(a.MaleShare, a.FemaleShare)) * 1.08;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => GermanFormat.Number(Math.Abs(v), 0, "%"),
            MinimumTickSpacing = 30,
        };
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.SetLimits(-max, max, -0.6, n - 0.4);

        // The key names the colours; the area's name is in the caption, so the key stays on one line.
        var keys = new List<LegendKey> { new("Männer", male), new("Frauen", female) };
        if (_spec.Reference.Count > 0) keys.Add(new LegendKey($"{_spec.ReferenceLabel} (Umriss)", SKColors.Transparent, Palettes.Reference));

        plot.Axes.Bottom.Label.Text = "Anteil an der Bevölkerung";
        float leftPadding;
        const float topPadding = 4;
        var bottomPadding = (Style.FontSize * 3.6f) + 6;
        using (var font = Style.Font(Style.FontSize))
        using (var bold = Style.Font(Style.FontSize, bold: true))
        using (var muted = Style.Font(Style.SmallFontSize))
        {
            // „Männer“ and „Frauen“ head their halves in a strip above the plot, so no figure height can cut them off.
            var strip = TextDrawing.LineHeight(bold) + 2;
            var noteHeight = _spec.Note is null ? 0 : TextDrawing.LineHeight(muted) + 2;
            var keyHeight = KeyStrip.Height(Style, KeyStrip.LineCount(keys, Style, bounds.Width));
            var plotHeight = bounds.Height - strip - noteHeight - keyHeight - topPadding - bottomPadding;
            var (positions, labels) = AgeTicks(plotHeight / n, TextDrawing.LineHeight(font));
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels);
            leftPadding = labels.Max(l => TextDrawing.Width(l, font)) + 10;
            plot.Layout.Fixed(new PixelPadding(leftPadding, 10, bottomPadding, topPadding));

            var baseline = bounds.Top + TextDrawing.Metrics(bold).Ascent + 1;
            TextDrawing.Draw(canvas, "Männer", bounds.Left + leftPadding, baseline, bold, Palettes.Text);
            TextDrawing.Draw(canvas, "Frauen", bounds.Right - 10, baseline, bold, Palettes.Text, SKTextAlign.Right);
            if (_spec.Note is { } note)
            {
                TextDrawing.Draw(canvas, note, bounds.MidX, bounds.Bottom - TextDrawing.Metrics(muted).Descent - 0.5f, muted, Palettes.MutedText, SKTextAlign.Center);
            }

            var keyBottom = bounds.Bottom - noteHeight;
            KeyStrip.Draw(canvas, new SKRect(bounds.Left, keyBottom - keyHeight, bounds.Right, keyBottom), keys, Style);
            bounds = new SKRect(bounds.Left, bounds.Top + strip, bounds.Right, keyBottom - keyHeight);
        }

        PlotRendering.Draw(canvas, bounds, plot);
    }

    /// <summary>
    /// Positions and labels of the age axis. Unequal groups: one label per group. Equal groups of
    /// <see cref="PyramidSpec.BandYears"/>: ages at group boundaries, every 10, 20 or 50 years — the smallest step
    /// whose labels are at least one line apart.
    /// </summary>
    internal (double[] Positions, string[] Labels) AgeTicks(float pointsPerGroup, float lineHeight)
    {
        var n = _spec.Area.Count;
        if (_spec.BandYears <= 0)
        {
            return (Enumerable.Range(0, n).Select(i => (double)i).ToArray(), _spec.Area.Select(a => a.AgeGroup).ToArray());
        }

        var band = _spec.BandYears;
        var step = new[] { 10, 20, 50 }.Where(s => s % band == 0).FirstOrDefault(s => s / band * pointsPerGroup >= lineHeight * 1.15f, 50);
        step = Math.Max(step, band);
        var ages = Enumerable.Range(0, n).Select(i => i * band).Where(a => a % step == 0).ToArray();
        return (ages.Select(a => (a / (double)band) - 0.5).ToArray(), ages.Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
    }
}
