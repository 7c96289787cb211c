using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>Locator map; see <see cref="LocatorMapSpec"/>. No legend; scale bar and north arrow optional.</summary>
public sealed class LocatorMapFigure : MapFigure
{
    private readonly LocatorMapSpec _spec;
    private readonly MapArea _highlight;

    public LocatorMapFigure(LocatorMapSpec spec, ChartStyle style) : base(style)
    {
        ArgumentNullException.ThrowIfNull(spec);
        _spec = spec;
        _highlight = spec.Areas.FirstOrDefault(a => a.Key == spec.HighlightKey)
            ?? throw new ArgumentException($"No area with key '{spec.HighlightKey}'.", nameof(spec));
    }

    public override string AltText =>
        $"Lagekarte: Sozialraum {_highlight.Label} (hervorgehoben) in der Stadt; er umfasst {GermanFormat.Number(_highlight.Geometry.Area / 1_000_000, 1, "km²")} von {GermanFormat.Number(_spec.Areas.Sum(a => a.Geometry.Area) / 1_000_000, 1, "km²")}.";

    private protected override MapScene BuildScene()
    {
        var outline = _spec.Outline ?? UnionOf(_spec.Areas.Select(a => a.Geometry));

        // The whole town in grey first (one polygon, however many areas the town has), then the given areas (the
        // highlighted one and its neighbours) with their borders on top.
        var areas = new List<SceneArea> { new(outline, Palettes.Context, false, Palettes.Context, 0) };
        areas.AddRange(_spec.Areas
            .Select(a => new SceneArea(a.Geometry, a.Key == _spec.HighlightKey ? Palettes.Highlight : Palettes.Context, false, SKColors.White, Style.AreaBorderWidth * 1.6f)));
        var labels = new List<SceneLabel>();
        if (_spec.ShowLabel)
        {
            var at = LabelPoint(_highlight.Geometry);
            labels.Add(new SceneLabel(at.X, at.Y, _highlight.Label, null, Bold: true));
        }

        return new MapScene(new Envelope(outline.EnvelopeInternal), areas, [], outline, [], labels, [], _spec.Attribution, _spec.ShowScaleBar, _spec.ShowNorthArrow);
    }
}

/// <summary>Reachability map; see <see cref="ReachabilitySpec"/>.</summary>
public sealed class ReachabilityFigure : MapFigure
{
    private static readonly SKColor BufferColor = Palettes.Categorical[0];

    /// <summary>Buffers are a faint tint with a clear edge so the grid colours below still match the legend.</summary>
    private const byte BufferAlpha = 22;
    private readonly ReachabilitySpec _spec;
    private readonly ClassBreaks _classes;
    private readonly Geometry? _bufferUnion;

    public ReachabilityFigure(ReachabilitySpec spec, ChartStyle style) : base(style)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Cells.Count == 0) throw new ArgumentException("A reachability map needs grid cells.", nameof(spec));
        if (!(spec.BufferMetres > 0)) throw new ArgumentOutOfRangeException(nameof(spec), "BufferMetres must be positive.");
        _spec = spec;
        if (spec.MinimumCount < 0) throw new ArgumentOutOfRangeException(nameof(spec), "MinimumCount must not be negative.");

        // With a minimum count the lowest class must be at least that wide, so that it starts at the minimum.
        _classes = spec.Classes ?? ClassBreaks.NiceEqualInterval(Math.Max(spec.Cells.Max(c => c.Value), 5.0 * spec.MinimumCount), 5,
            ValueFormat.Integer, spec.CellValueLabel, Palettes.SequentialWarm);
        var factory = new GeometryFactory();
        _bufferUnion = spec.Points.Count == 0
            ? null
            : UnionOf(spec.Points.Select(p => factory.CreatePoint(new Coordinate(p.X, p.Y)).Buffer(spec.BufferMetres, 24)));
    }

    /// <summary>
    /// Legend of the grid classes, highest first. With a minimum count N the lowest class reads „N bis unter …“ and a
    /// last entry without colour says that smaller counts are not shown.
    /// </summary>
    private List<LegendEntry> GridLegend()
    {
        var entries = _classes.Classes.Select((c, i) => new LegendEntry(
            i == 0 && _spec.MinimumCount > 0 && _spec.Classes is null
                ? $"{GermanFormat.Number(_spec.MinimumCount, 0)} bis {c.Label}"
                : c.Label,
            LegendSwatch.Fill, c.Color)).Reverse().ToList();
        if (_spec.MinimumCount > 0)
        {
            entries.Add(new LegendEntry($"unter {GermanFormat.Number(_spec.MinimumCount, 0)}: nicht eingefärbt (wie 0)", LegendSwatch.Fill, SKColors.White));
        }

        return entries;
    }

    /// <summary>The grid cells that get a colour: non-empty and at least <see cref="ReachabilitySpec.MinimumCount"/>.</summary>
    public IReadOnlyList<GridCell> DrawnCells => _spec.Cells.Where(c => c.Value > 0 && c.Value >= _spec.MinimumCount).ToList();

    /// <summary>Share (0..1) of the counted people living in cells whose centre lies within a buffer.</summary>
    public double CoveredShare
    {
        get
        {
            var total = _spec.Cells.Sum(c => c.Value);
            if (total <= 0 || _bufferUnion is null) return 0;
            var prepared = PreparedGeometryFactory.Prepare(_bufferUnion);
            var factory = new GeometryFactory();
            var covered = _spec.Cells
                .Where(c => prepared.Covers(factory.CreatePoint(new Coordinate(c.X + (c.Size / 2), c.Y + (c.Size / 2)))))
                .Sum(c => c.Value);
            return covered / total;
        }
    }

    public override string AltText
    {
        get
        {
            var metres = GermanFormat.Number(_spec.BufferMetres, 0, "m");
            var total = GermanFormat.Number(_spec.Cells.Sum(c => c.Value), 0);
            return $"Karte: {_spec.Subject}; {_spec.Points.Count} Standorte, {GermanFormat.Number(CoveredShare * 100, 0, "%")} der {total} {_spec.PeopleNoun} wohnen innerhalb von {metres} um einen Standort.";
        }
    }

    private protected override MapScene BuildScene()
    {
        var factory = new GeometryFactory();
        // One geometry per class: adjacent cells in one path leave no anti-aliasing seams.
        var cells = DrawnCells
            .GroupBy(c => _classes.ClassOf(c.Value))
            .OrderBy(g => g.Key)
            .Select(g => new SceneArea(
                factory.CreateMultiPolygon(g.Select(c => (Polygon)factory.ToGeometry(new Envelope(c.X, c.X + c.Size, c.Y, c.Y + c.Size))).ToArray()),
                _classes.Classes[g.Key].Color,
                false,
                SKColors.Transparent,
                0))
            .ToList();
        var overlays = new List<SceneArea>();
        foreach (var border in _spec.AreaBorders)
        {
            overlays.Add(new SceneArea(border, SKColors.Transparent, false, Palettes.MutedText, Style.AreaBorderWidth));
        }

        if (_bufferUnion is not null)
        {
            overlays.Add(new SceneArea(_bufferUnion, BufferColor.WithAlpha(BufferAlpha), false, BufferColor, 1.2f));
        }

        var extent = new Envelope();
        foreach (var c in _spec.Cells) extent.ExpandToInclude(new Envelope(c.X, c.X + c.Size, c.Y, c.Y + c.Size));
        if (_spec.Outline is not null) extent.ExpandToInclude(_spec.Outline.EnvelopeInternal);
        if (_bufferUnion is not null) extent.ExpandToInclude(_bufferUnion.EnvelopeInternal);

        var symbol = new PointSymbol(_spec.PointLabel, MarkerShape.Circle, BufferColor);
        var points = _spec.Points.Select(p => new ScenePoint(p.X, p.Y, symbol)).ToList();
        var legend = new List<LegendSection>
        {
            new(_spec.CellValueLabel, GridLegend()),
            new(null,
            [
                new LegendEntry(_spec.PointLabel, LegendSwatch.Marker, BufferColor),
                new LegendEntry($"Umkreis {GermanFormat.Number(_spec.BufferMetres, 0, "m")}", LegendSwatch.Buffer, BufferColor.WithAlpha(BufferAlpha)),
            ]),
        };
        return new MapScene(extent, cells, overlays, _spec.Outline, points, [], legend, _spec.Attribution, _spec.ShowScaleBar, _spec.ShowNorthArrow);
    }
}
