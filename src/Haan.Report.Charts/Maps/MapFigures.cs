using NetTopologySuite.Algorithm.Construct;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>Options shared by all maps.</summary>
public abstract record MapSpecBase
{
    /// <summary>Attribution line drawn in the figure, e.g. „Geobasis: © IT.NRW, dl-de/zero-2-0“.</summary>
    public string? Attribution { get; init; }

    /// <summary>Draw a scale bar (metres / km).</summary>
    public bool ShowScaleBar { get; init; } = true;

    /// <summary>Draw a north arrow.</summary>
    public bool ShowNorthArrow { get; init; } = true;
}

/// <summary>
/// Choropleth of an indicator over areas (Sozialräume, or the towns of the Kreis), classed with
/// <see cref="ClassBreaks"/> (default: relative to the reference value, diverging around it).
/// </summary>
/// <param name="Subject">What is shown, e.g. „SGB II-Quote 2023“ (legend title and alt text).</param>
public sealed record ChoroplethSpec(string Subject, IReadOnlyList<MapArea> Areas, ValueFormat Format) : MapSpecBase
{
    /// <summary>The town (or Kreis) value the default classes are relative to.</summary>
    public double? ReferenceValue { get; init; }

    /// <summary>Name of the reference, e.g. „Stadt Hilden“ or „Kreis Mettmann“.</summary>
    public string ReferenceLabel { get; init; } = "Gesamtstadt";

    /// <summary>Category noun for the alt text („nach Sozialraum“, „nach Stadt“).</summary>
    public string CategoryNoun { get; init; } = "Sozialraum";

    public ColourScale Scale { get; init; } = ColourScale.DivergingHighWarm;

    /// <summary>Explicit classes; default <see cref="ClassBreaks.RelativeToReference"/> (needs <see cref="ReferenceValue"/>).</summary>
    public ClassBreaks? Classes { get; init; }

    /// <summary>Outline of the whole town drawn on top; default: union of the areas.</summary>
    public Geometry? Outline { get; init; }

    /// <summary>Facility overlay (symbol per category, listed in the legend).</summary>
    public IReadOnlyList<MapPoint> Facilities { get; init; } = [];

    /// <summary>Symbols per facility category; missing categories get automatic symbols.</summary>
    public IReadOnlyList<PointSymbol> Symbols { get; init; } = [];

    /// <summary>Draw the town outline on top of the areas.</summary>
    public bool ShowOutline { get; init; } = true;

    /// <summary>Key of an area drawn with a heavy dark border (e.g. Haan on the map of the Kreis towns).</summary>
    public string? HighlightKey { get; init; }

    public bool ShowAreaLabels { get; init; } = true;

    public bool ShowValueLabels { get; init; } = true;

    /// <summary>
    /// Absolute counts (e.g. inhabitants): no classes and no colour scale — a count coloured like a rate suggests a
    /// density. The areas get one light fill and carry their name and number; the legend says what the numbers are.
    /// </summary>
    public bool CountLabelsOnly { get; init; }
}

/// <summary>Locator map: one area highlighted within the town (for the area profiles).</summary>
public sealed record LocatorMapSpec(IReadOnlyList<MapArea> Areas, string HighlightKey) : MapSpecBase
{
    /// <summary>Write the highlighted area's name on the map.</summary>
    public bool ShowLabel { get; init; } = true;

    public Geometry? Outline { get; init; }
}

/// <summary>
/// Reachability map: buffers (default 400 m) around facility points over a population grid shaded by a count
/// (e.g. children per 100 m cell).
/// </summary>
/// <param name="Subject">What is shown, e.g. „Spielplätze: 400-m-Einzugsbereiche“.</param>
/// <param name="CellValueLabel">Legend title of the grid, e.g. „Kinder unter 10 Jahren je 100-m-Zelle“.</param>
/// <param name="PointLabel">Legend text of the points, e.g. „Spielplatz“.</param>
public sealed record ReachabilitySpec(string Subject, IReadOnlyList<GridCell> Cells, IReadOnlyList<MapPoint> Points, string CellValueLabel, string PointLabel) : MapSpecBase
{
    public double BufferMetres { get; init; } = 400;

    /// <summary>
    /// Statistical confidentiality of the grid: cells with fewer people than this (1 … N − 1) are drawn exactly like
    /// empty cells (not at all), and the lowest drawn class starts at N, so the map shows no cell with a small count;
    /// the legend says „unter N: nicht eingefärbt (wie 0)“. 0 = off. Totals in the alt text still count every cell.
    /// </summary>
    public int MinimumCount { get; init; }

    /// <summary>Classes of the grid values; default: 5 "nice" equal intervals from 0 to the maximum.</summary>
    public ClassBreaks? Classes { get; init; }

    /// <summary>Noun of the counted people for the alt text, e.g. „Kinder“.</summary>
    public string PeopleNoun { get; init; } = "Kinder";

    /// <summary>Town outline (and optionally area borders) drawn on top.</summary>
    public Geometry? Outline { get; init; }

    public IReadOnlyList<Geometry> AreaBorders { get; init; } = [];
}

/// <summary>Base of the map figures: scene building is per type, drawing is shared.</summary>
public abstract class MapFigure : Figure
{
    private MapScene? _scene;

    private protected MapFigure(ChartStyle style) : base(style)
    {
    }

    /// <summary>The metre → point transform of the last <see cref="Figure.Draw"/>.</summary>
    public MapTransform? LastTransform { get; private set; }

    /// <summary>All label texts written on the map (area names and values).</summary>
    public IReadOnlyList<string> LabelTexts => Scene.Labels.SelectMany(l => l.Value is null ? new[] { l.Title } : [l.Title, l.Value]).ToList();

    /// <summary>All legend texts.</summary>
    public IReadOnlyList<string> LegendTexts => Scene.Legend.SelectMany(s => (s.Title is null ? [] : new[] { s.Title }).Concat(s.Entries.Select(e => e.Label))).ToList();

    private protected MapScene Scene => _scene ??= BuildScene();

    /// <summary>The scene (areas, legend) for tests.</summary>
    internal MapScene SceneForTests => Scene;

    public override double PreferredAspectRatio
    {
        get
        {
            var env = Scene.Extent;
            var mapAspect = env.Width / env.Height;
            return Scene.Legend.Count == 0 ? mapAspect : mapAspect + 0.55;
        }
    }

    private protected abstract MapScene BuildScene();

    private protected override void DrawContent(SKCanvas canvas, SKRect bounds) =>
        LastTransform = MapRenderer.Draw(canvas, bounds, Scene, Style);

    /// <summary>Label anchor: centre of the largest inscribed circle of the largest part (falls back to an interior point).</summary>
    internal static Coordinate LabelPoint(Geometry geometry)
    {
        var largest = geometry;
        if (geometry is GeometryCollection { NumGeometries: > 0 } collection)
        {
            largest = Enumerable.Range(0, collection.NumGeometries).Select(collection.GetGeometryN).MaxBy(g => g.Area)!;
        }

        try
        {
            var tolerance = Math.Max(1, Math.Sqrt(largest.Area) / 200);
            return MaximumInscribedCircle.GetCenter(largest, tolerance).Coordinate;
        }
        catch (ArgumentException)
        {
            return largest.InteriorPoint.Coordinate;
        }
    }

    internal static Geometry UnionOf(IEnumerable<Geometry> geometries)
    {
        var list = geometries.ToList();
        return list.Count == 1 ? list[0] : CascadedPolygonUnion.Union(list);
    }

    internal static IReadOnlyList<PointSymbol> ResolveSymbols(IReadOnlyList<MapPoint> points, IReadOnlyList<PointSymbol> given)
    {
        var shapes = new[] { MarkerShape.Circle, MarkerShape.Square, MarkerShape.Triangle, MarkerShape.Diamond, MarkerShape.Cross };
        var result = new List<PointSymbol>();
        var auto = 0;
        foreach (var category in points.Select(p => p.Category).Distinct(StringComparer.Ordinal))
        {
            var symbol = given.FirstOrDefault(s => s.Category == category)
                ?? new PointSymbol(category, shapes[auto % shapes.Length], Palettes.CategoricalAt(auto++));
            result.Add(symbol);
        }

        return result;
    }
}

/// <summary>Choropleth map; see <see cref="ChoroplethSpec"/>.</summary>
public sealed class ChoroplethFigure : MapFigure
{
    private readonly ChoroplethSpec _spec;
    private readonly ClassBreaks _classes;

    public ChoroplethFigure(ChoroplethSpec spec, ChartStyle style) : base(style)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Areas.Count == 0) throw new ArgumentException("A map needs areas.", nameof(spec));
        _spec = spec;
        _classes = spec.CountLabelsOnly
            ? ClassBreaks.Sequential([1], spec.Format, spec.Subject, [Palettes.Context, Palettes.Context])
            : spec.Classes
            ?? (spec.ReferenceValue is { } r
                ? ClassBreaks.RelativeToReference(r, spec.Format, spec.Scale, spec.ReferenceLabel)
                : throw new ArgumentException("Give either Classes or a ReferenceValue.", nameof(spec)));
    }

    public ClassBreaks Classes => _classes;

    public override string AltText
    {
        get
        {
            var shown = _spec.Areas.Where(a => !a.Suppressed && a.Value is not null).OrderByDescending(a => a.Value).ToList();
            var text = $"Karte: {_spec.Subject} nach {_spec.CategoryNoun}";
            if (shown.Count > 0)
            {
                text += $"; höchster Wert {shown[0].Label} mit {_spec.Format.Format(shown[0].Value!.Value)}";
                if (shown.Count > 1) text += $", niedrigster Wert {shown[^1].Label} mit {_spec.Format.Format(shown[^1].Value!.Value)}";
            }

            if (_spec.ReferenceValue is { } r) text += $", {_spec.ReferenceLabel} {_spec.Format.Format(r)}";
            var secret = _spec.Areas.Where(a => a.Suppressed).Select(a => a.Label).ToList();
            if (secret.Count > 0) text += $"; Wert geheim für {GermanFormat.JoinAnd(secret)}";
            return text + ".";
        }
    }

    private protected override MapScene BuildScene()
    {
        var areas = new List<SceneArea>();
        var labels = new List<SceneLabel>();
        var anySuppressed = false;
        var anyMissing = false;
        var used = new HashSet<int>();
        foreach (var area in _spec.Areas)
        {
            SKColor fill;
            if (area.Suppressed)
            {
                fill = SKColors.White;
                anySuppressed = true;
            }
            else if (area.Value is { } v && double.IsFinite(v))
            {
                fill = _spec.CountLabelsOnly ? Palettes.Context : _classes.ColorOf(v);
                used.Add(_classes.ClassOf(v));
            }
            else
            {
                fill = Palettes.NoData;
                anyMissing = true;
            }

            areas.Add(new SceneArea(area.Geometry, fill, area.Suppressed, Palettes.AreaBorder, Style.AreaBorderWidth * 1.6f));
            if (_spec.ShowAreaLabels || _spec.ShowValueLabels)
            {
                var at = LabelPoint(area.Geometry);
                var value = _spec.ShowValueLabels ? _spec.Format.Format(area.Value, area.Suppressed) : null;
                labels.Add(new SceneLabel(at.X, at.Y, _spec.ShowAreaLabels ? area.Label : value ?? string.Empty, _spec.ShowAreaLabels ? value : null, Bold: true));
            }
        }

        var outline = _spec.Outline ?? UnionOf(_spec.Areas.Select(a => a.Geometry));
        var extent = new Envelope(outline.EnvelopeInternal);
        foreach (var a in _spec.Areas) extent.ExpandToInclude(a.Geometry.EnvelopeInternal);

        // Only classes that some area falls into: an empty class would promise values the map does not have.
        var classEntries = _spec.CountLabelsOnly
            ? []
            : _classes.Classes.Select((c, i) => (c, i)).Where(x => used.Contains(x.i))
                .Select(x => new LegendEntry(x.c.Label, LegendSwatch.Fill, x.c.Color, Note: x.c.Note)).Reverse().ToList();
        if (anySuppressed) classEntries.Add(new LegendEntry(GermanFormat.SuppressedLegend, LegendSwatch.Hatched, SKColors.White));
        if (anyMissing) classEntries.Add(new LegendEntry("keine Angabe", LegendSwatch.Fill, Palettes.NoData));
        var subtitle = _spec.CountLabelsOnly
            ? $"Zahl je {_spec.CategoryNoun} auf der Karte"
            : string.Equals(_classes.Title, _spec.Subject, StringComparison.Ordinal) ? null : _classes.Title;
        var legend = new List<LegendSection> { new(_spec.Subject, classEntries, subtitle) };

        var symbols = ResolveSymbols(_spec.Facilities, _spec.Symbols);
        var points = _spec.Facilities.Select(p => new ScenePoint(p.X, p.Y, symbols.First(s => s.Category == p.Category))).ToList();
        if (symbols.Count > 0)
        {
            legend.Add(new LegendSection("Einrichtungen", symbols.Select(s => new LegendEntry(s.Category, LegendSwatch.Marker, s.Color, s.Shape)).ToList()));
        }

        var overlays = _spec.Areas
            .Where(a => a.Key == _spec.HighlightKey)
            .Select(a => new SceneArea(a.Geometry, SKColors.Transparent, false, Palettes.Reference, Style.OutlineWidth * 1.8f))
            .ToList();
        return new MapScene(extent, areas, overlays, _spec.ShowOutline ? outline : null, points, labels, legend, _spec.Attribution, _spec.ShowScaleBar, _spec.ShowNorthArrow);
    }
}
