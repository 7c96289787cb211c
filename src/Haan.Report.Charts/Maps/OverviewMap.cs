using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>Overview map: every area in its own light tint with its name (e.g. the Sozialräume on a title page).</summary>
public sealed record OverviewMapSpec(IReadOnlyList<MapArea> Areas) : MapSpecBase
{
    /// <summary>Outline of the whole town drawn on top; default: union of the areas.</summary>
    public NetTopologySuite.Geometries.Geometry? Outline { get; init; }
}

/// <summary>Overview map; see <see cref="OverviewMapSpec"/>. No legend: the areas are labelled on the map.</summary>
public sealed class OverviewMapFigure : MapFigure
{
    private readonly OverviewMapSpec _spec;

    public OverviewMapFigure(OverviewMapSpec spec, ChartStyle style) : base(style)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Areas.Count == 0) throw new ArgumentException("An overview map needs at least one area.", nameof(spec));
        _spec = spec;
    }

    public override string AltText =>
        $"Übersichtskarte der {_spec.Areas.Count} Sozialräume: {GermanFormat.JoinAnd(_spec.Areas.Select(a => a.Label).ToList())}.";

    private protected override MapScene BuildScene()
    {
        // Light tints of the categorical palette keep the names readable and tell neighbours apart.
        var areas = _spec.Areas
            .Select((a, i) => new SceneArea(a.Geometry, Tint(Palettes.CategoricalAt(i)), false, SKColors.White, Style.AreaBorderWidth * 2f))
            .ToList();
        var outline = _spec.Outline ?? UnionOf(_spec.Areas.Select(a => a.Geometry));
        var labels = _spec.Areas.Select(a =>
        {
            var at = LabelPoint(a.Geometry);
            return new SceneLabel(at.X, at.Y, a.Label, null, Bold: true);
        }).ToList();
        return new MapScene(new NetTopologySuite.Geometries.Envelope(outline.EnvelopeInternal), areas, [], outline, [], labels, [], _spec.Attribution, _spec.ShowScaleBar, _spec.ShowNorthArrow);
    }

    private static SKColor Tint(SKColor color) =>
        new((byte)(color.Red + ((255 - color.Red) * 0.6)), (byte)(color.Green + ((255 - color.Green) * 0.6)), (byte)(color.Blue + ((255 - color.Blue) * 0.6)));
}
