using System.Globalization;
using Haan.Report.Charts;
using Haan.Report.Composition.Content.Figures;
using Haan.Report.Composition.Documents;
using Haan.Report.Data;
using Haan.Report.Indicators;
using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Engine;
using Haan.Report.Layout;
using IndicatorPolarity = Haan.Report.Indicators.Catalogue.Polarity;
using StatusClass = Haan.Report.Indicators.SocialIndex.StatusClass;

namespace Haan.Report.Composition.Content;

/// <summary>
/// Turns <c>::: abbildung typ=…</c> directives into figures; the types are listed in <see cref="FigureTypes"/>. Every value comes from the published value set, so a
/// suppressed cell is suppressed in every chart and map too.
/// </summary>
internal sealed class FigureFactory(Prepared prepared, ChartStyle style)
{
    private readonly DataSet data = prepared.Data;
    private readonly IndicatorResults results = prepared.Results;
    private readonly SourceLines sources = new(prepared.Data, prepared.Configuration.PreparedBy);

    public FigureContent Create(DirectiveArguments arguments)
    {
        var type = arguments.Type(FigureTypes.All, t => t.Name);
        var (figure, dataTable, source, defaultHeight) = type.Build(this, arguments);
        var height = (float)arguments.Number("hoehe", defaultHeight);
        arguments.EnsureAllUsed();
        return new FigureContent(figure, Units.Mm(height), source, dataTable);
    }

    internal (IFigure, FigureDataTable, string, double) Bars(DirectiveArguments arguments)
    {
        var (definition, year) = (arguments.Indicator(), arguments.Year());
        var cells = results.Table(definition.Id, year);
        var town = cells.Single(c => c.IsTown);
        var spec = new BarChartSpec($"{definition.ShortName} {year}", cells.Where(c => !c.IsTown).Select(c => Bar(c, ShortName(c.AreaId))).ToList(), Format(definition))
        {
            ReferenceLabel = prepared.Configuration.Town.Designation,
            ReferenceValue = Shown(town),
            ColorByReferenceClass = definition.Polarity != IndicatorPolarity.Neutral,
            Scale = ChartVocabulary.Scale(definition.Polarity),
        };
        return (new BarChartFigure(spec, style), FigureData.Of(spec), sources.ForIndicators(cells), 75);
    }

    internal (IFigure, FigureDataTable, string, double) Map(DirectiveArguments arguments)
    {
        var (definition, year) = (arguments.Indicator(), arguments.Year());
        var cells = results.Table(definition.Id, year);
        var town = cells.Single(c => c.IsTown);
        var facilities = FacilityPoints(arguments.Optional("einrichtungen"));
        var shownValues = cells.Where(c => !c.IsTown).Select(Shown).OfType<double>().ToList();

        // Counts (e.g. inhabitants) are levels, not rates, and a town value so small that the relative breaks
        // (80/95/105/120 %) collapse after rounding gives no readable classes: both get a sequential scheme.
        var relative = definition.Unit != "Anzahl" && Shown(town) is { } reference
                       && DistinctRelativeBreaks(reference, definition.Decimals);
        // Absolute counts get no colour scale (a coloured count reads like a density): names and numbers only.
        var counts = definition.Unit == "Anzahl";
        var spec = new ChoroplethSpec($"{definition.ShortName} {year}", AreasWithValues(cells), Format(definition))
        {
            ReferenceLabel = prepared.Configuration.Town.Designation,
            CountLabelsOnly = counts,
            Classes = !counts && !relative && shownValues.Count > 0 && shownValues.Max() > 0
                ? ClassBreaks.NiceEqualInterval(shownValues.Max(), 4, Format(definition), $"{definition.ShortName} {year}")
                : null,
            ReferenceValue = relative ? Shown(town) : null,
            Scale = ChartVocabulary.Scale(definition.Polarity),
            Attribution = sources.MapAttribution(),
            Outline = data.TownBoundary,
            Facilities = facilities,
        };
        return (new ChoroplethFigure(spec, style), FigureData.Of(spec), sources.ForIndicators(cells), 110);
    }

    private static bool DistinctRelativeBreaks(double reference, int decimals)
    {
        var breaks = ClassBreaks.DefaultRelativeFactors.Select(f => GermanFormat.Round(f * reference, decimals)).ToList();
        return breaks.Zip(breaks.Skip(1)).All(pair => pair.First < pair.Second);
    }

    internal (IFigure, FigureDataTable, string, double) TimeSeries(DirectiveArguments arguments)
    {
        var definition = arguments.Indicator();
        var selection = arguments.Optional("gebiete") ?? "alle";
        var areas = selection switch
        {
            "alle" => results.AreasWithTown.Select(a => a.Id).ToList(),
            "stadt" => [DataSet.TownKey],
            _ => selection.Split(',').Select(k => k.Trim()).Append(DataSet.TownKey).Distinct(StringComparer.Ordinal).ToList(),
        };
        foreach (var key in areas.Where(k => k != DataSet.TownKey && data.Areas.All(a => a.Key != k)))
        {
            throw new ContentException($"gebiete=…: Unbekannter Sozialraum „{key}“. Erlaubt: alle, stadt oder Schlüssel wie SR01,SR03.");
        }

        var series = areas.Select(key => SeriesOf(definition, key)).ToList();
        if (series.Count(s => !s.IsReference) > TimeSeriesFigure.MaxColouredSeries)
        {
            // Too many lines for one colour each: one small panel per area against the town instead.
            var multiples = new SmallMultiplesSpec(definition.ShortName, series.Where(s => !s.IsReference).ToList(), Format(definition))
            {
                Reference = series.Single(s => s.IsReference),
            };
            return (new SmallMultiplesFigure(multiples, style), FigureData.Of(multiples), sources.ForIndicators(areas.SelectMany(a => results.Series(definition.Id, a))), 95);
        }

        var spec = new TimeSeriesSpec(definition.ShortName, series, Format(definition)) { StartAtZero = definition.Unit != "Index" };
        return (new TimeSeriesFigure(spec, style), FigureData.Of(spec), sources.ForIndicators(areas.SelectMany(a => results.Series(definition.Id, a))), 80);
    }

    internal (IFigure, FigureDataTable, string, double) SmallMultiples(DirectiveArguments arguments)
    {
        var definition = arguments.Indicator();
        var spec = new SmallMultiplesSpec(definition.ShortName, data.Areas.Select(a => SeriesOf(definition, a.Key)).ToList(), Format(definition))
        {
            Reference = SeriesOf(definition, DataSet.TownKey) with { IsReference = true },
        };
        return (new SmallMultiplesFigure(spec, style), FigureData.Of(spec), sources.ForIndicators(results.Values.Where(v => v.IndicatorId == definition.Id)), 95);
    }

    internal (IFigure, FigureDataTable, string, double) Locator(DirectiveArguments arguments)
    {
        var area = arguments.Area();

        // The highlighted area and its neighbours inside the town outline: enough to locate it, and the map stays
        // small when a town has hundreds of areas (one locator map per area).
        var neighbourhood = data.Areas
            .Where(a => a.Key == area.Key || (a.Geometry.EnvelopeInternal.Intersects(area.Geometry.EnvelopeInternal) && a.Geometry.Intersects(area.Geometry)))
            .Select(a => new MapArea(a.Key, a.ShortName, a.Geometry, null))
            .ToList();
        var spec = new LocatorMapSpec(neighbourhood, area.Key)
        {
            Attribution = sources.MapAttribution(),
            Outline = data.TownBoundary,
        };
        return (new LocatorMapFigure(spec, style), FigureData.Of(spec), sources.ForFiles(["sozialraeume.geojson", "gemeinden_kreis_mettmann.geojson"]), 70);
    }

    internal (IFigure, FigureDataTable, string, double) Pyramid(DirectiveArguments arguments)
    {
        var (area, year) = (arguments.Area(), arguments.Year());
        var groups = PyramidBands.For(data, area.Key, year, PyramidBands.MinimumCount);
        var spec = new PyramidSpec(area.Name, AgeShares(area.Key, year, groups), AgeShares(DataSet.TownKey, year, groups))
        {
            ReferenceLabel = prepared.Configuration.Town.Designation,
            BandYears = groups[1].From - groups[0].From,
            Note = PyramidBands.Note(groups),
        };
        return (new PyramidFigure(spec, style), FigureData.Of(spec), sources.ForFiles(["bevoelkerung.csv"]), 80);
    }

    internal (IFigure, FigureDataTable, string, double) AgeStructure(DirectiveArguments arguments)
    {
        var year = arguments.Year();
        var groups = new[] { ("unter 6", 0, 6), ("6 bis unter 18", 6, 18), ("18 bis unter 65", 18, 65), ("65 bis unter 80", 65, 80), ("80 und älter", 80, int.MaxValue) };
        var rows = data.Areas.Select(a => new StackedBarRow(a.ShortName, Shares(a.Key, year, groups)))
            .Append(new StackedBarRow(prepared.Configuration.Town.Designation, Shares(DataSet.TownKey, year, groups), IsReference: true))
            .ToList();
        var spec = new StackedBarSpec($"Altersstruktur {year}", groups.Select(g => g.Item1).ToList(), rows);
        return (new StackedBarFigure(spec, style), FigureData.Of(spec), sources.ForFiles(["bevoelkerung.csv"]), 85);
    }

    internal (IFigure, FigureDataTable, string, double) Scatter(DirectiveArguments arguments)
    {
        var (x, y, year) = (arguments.Indicator("x"), arguments.Indicator("y"), arguments.Year());
        var xs = results.Table(x.Id, year);
        var ys = results.Table(y.Id, year);
        var items = data.Areas.Select(a =>
        {
            var cx = xs.Single(c => c.AreaId == a.Key);
            var cy = ys.Single(c => c.AreaId == a.Key);
            var suppressed = !cx.Status.HasValue() || !cy.Status.HasValue();
            return new ScatterItem(a.ShortName, suppressed ? null : Shown(cx), suppressed ? null : Shown(cy), suppressed);
        }).ToList();
        // The town's values as dashed reference lines, and axis titles that name the unit.
        var spec = new ScatterSpec(x.ShortName, y.ShortName, items, Format(x), Format(y))
        {
            ReferenceLabel = prepared.Configuration.Town.Designation,
            ReferenceX = Shown(xs.Single(c => c.IsTown)),
            ReferenceY = Shown(ys.Single(c => c.IsTown)),
            XAxisTitle = AxisTitle(x, year),
            YAxisTitle = AxisTitle(y, year),
        };
        return (new ScatterFigure(spec, style), FigureData.Of(spec), sources.ForIndicators(xs.Concat(ys)), 85);
    }

    internal (IFigure, FigureDataTable, string, double) KreisMap(DirectiveArguments arguments)
    {
        var column = arguments.Optional("spalte") ?? "sgb2";
        Func<KreisSgbIIRates, decimal> select = column switch
        {
            "sgb2" => r => r.SgbIIRate,
            "elb" => r => r.ElbRate,
            "nef" => r => r.NefRateUnder15,
            _ => throw new ContentException($"spalte={column}: erlaubt sind sgb2, elb, nef."),
        };
        var subject = column switch { "sgb2" => "SGB II-Quote", "elb" => "ELB-Quote", _ => "NEF-Quote unter 15" };
        var kreis = data.KreisSgbII.FirstOrDefault(r => r.Ags == data.KreisAgs)
                    ?? throw new ContentException($"Die Kreiszeile (AGS {data.KreisAgs}) fehlt in kreis_mettmann_sgb2_quoten.csv.");
        var areas = data.Municipalities.Select(m =>
        {
            var row = data.KreisSgbII.FirstOrDefault(r => r.Ags == m.Ags);
            return new MapArea(m.Ags, m.Name, m.Geometry, row is null ? null : (double)select(row));
        }).ToList();
        var spec = new ChoroplethSpec(subject, areas, new ValueFormat(1, "%"))
        {
            ReferenceValue = (double)select(kreis),
            ReferenceLabel = prepared.Configuration.Kreis.Name,
            CategoryNoun = "Stadt",
            Attribution = sources.MapAttribution().Split(';')[0],
        };
        return (new ChoroplethFigure(spec, style), FigureData.Of(spec), sources.ForFiles(["kreis_mettmann_sgb2_quoten.csv", "gemeinden_kreis_mettmann.geojson"]), 105);
    }

    internal (IFigure, FigureDataTable, string, double) SocialIndexMatrix(DirectiveArguments arguments)
    {
        var year = arguments.Year();
        var placed = prepared.Indicators.SocialIndex
            .Where(e => e.Year == year && e.Status is not null && e.DynamicsClass is not null)
            .ToList();
        var entries = placed
            .Select(e => new MatrixEntry(ShortName(e.AreaId), ChartVocabulary.Row(e.Status!.Value), ChartVocabulary.Column(e.DynamicsClass!.Value)))
            .ToList();
        var worst = placed
            .Where(e => e.Status == StatusClass.SehrNiedrig || (e.Status == StatusClass.Niedrig && e.DynamicsClass == Indicators.SocialIndex.DynamicsClass.Negativ))
            .Select(e => ShortName(e.AreaId)).ToList();
        var spec = new CategoryMatrixSpec("Status", ChartVocabulary.StatusLabels, "Dynamik", ChartVocabulary.DynamicsLabels, entries)
        {
            Subject = $"Sozialindex {year}",
            ItemHeading = "Sozialraum",
            ItemNoun = "Sozialräume",
            ColourKey = ChartVocabulary.MatrixColourKey,
            Finding = worst.Count > 0
                ? $"besonderer Handlungsbedarf (Status sehr niedrig oder niedrig mit negativer Dynamik): {GermanFormat.JoinAnd(worst)}"
                : "kein Sozialraum mit sehr niedrigem Status",
        };
        var cells = results.Table("sozialindex", year);
        return (new CategoryMatrixFigure(spec, style), FigureData.Of(spec), sources.ForIndicators(cells), 80);
    }

    internal (IFigure, FigureDataTable, string, double) Reachability(DirectiveArguments arguments)
    {
        var kindText = arguments.Required("einrichtung");
        var (kind, noun, point, people, cellValue) = kindText switch
        {
            "spielplatz" => (FacilityKind.Playground, "Spielflächen", "Spielfläche", "Kinder", (Func<PopulationGridCell, double>)(c => c.Age0To5 + c.Age6To17)),
            "haltestelle" => (FacilityKind.BusStop, "Bushaltestellen", "Bushaltestelle", "Ältere", c => c.Age65Plus),
            "beratung" => (FacilityKind.Counselling, "Beratungsstellen", "Beratungsstelle", "Ältere", c => c.Age65Plus),
            "kita" => (FacilityKind.Kita, "Kitas", "Kita", "Kinder", c => c.Age0To5),
            _ => throw new ContentException($"einrichtung={kindText}: erlaubt sind spielplatz, haltestelle, beratung, kita."),
        };
        var radius = arguments.Number("radius", 400);
        var year = data.PopulationGrid.Max(c => c.Year);
        var cells = data.PopulationGrid.Where(c => c.Year == year)
            .Select(c => new GridCell(c.East, c.North, PopulationGridCell.CellSize, cellValue(c)))
            .Where(c => c.Value > 0)
            .ToList();
        var points = data.Facilities.Where(f => f.Kind == kind)
            .Select(f => new MapPoint(f.Name, point, f.Location.X, f.Location.Y)).ToList();
        var groupLabel = people == "Kinder" ? (kind == FacilityKind.Kita ? "Kinder unter 6 Jahren" : "Kinder unter 18 Jahren") : "Personen ab 65 Jahren";
        var spec = new ReachabilitySpec($"{noun}: {radius.ToString("0", CultureInfo.InvariantCulture)}-m-Einzugsbereiche", cells, points,
            $"{groupLabel} je 100-m-Zelle", point)
        {
            BufferMetres = radius,
            PeopleNoun = people,
            MinimumCount = GridMinimumCount,
            Outline = data.TownBoundary,
            AreaBorders = data.Areas.Select(a => a.Geometry).ToList(),
            Attribution = sources.MapAttribution(),
        };
        return (new ReachabilityFigure(spec, style), FigureData.Of(spec), sources.ForFiles(["bevoelkerung_raster.csv", "einrichtungen.csv", "sozialraeume.geojson"]), 110);
    }

    /// <summary>
    /// The 100 m grid gets the standard minimum count of the report (3, as for BA statistics): a cell with 1 or 2
    /// children or older people is drawn like an empty cell (see docs/METHODEN.md, Erreichbarkeit).
    /// </summary>
    internal const int GridMinimumCount = 3;

    private List<MapPoint> FacilityPoints(string? selection)
    {
        if (selection is null)
        {
            return [];
        }

        var points = new List<MapPoint>();
        foreach (var name in selection.Split(',').Select(s => s.Trim()))
        {
            var (kind, label) = name switch
            {
                "spielplatz" => (FacilityKind.Playground, "Spielfläche"),
                "kita" => (FacilityKind.Kita, "Kita"),
                "beratung" => (FacilityKind.Counselling, "Beratungsstelle"),
                "haltestelle" => (FacilityKind.BusStop, "Bushaltestelle"),
                "schule" => (FacilityKind.School, "Schule"),
                "ladepunkt" => (FacilityKind.ChargingPoint, "Ladepunkt"),
                _ => throw new ContentException($"einrichtungen=…: „{name}“ ist unbekannt. Erlaubt: spielplatz, kita, beratung, haltestelle, schule, ladepunkt."),
            };
            points.AddRange(data.Facilities.Where(f => f.Kind == kind).Select(f => new MapPoint(f.Name, label, f.Location.X, f.Location.Y)));
        }

        return points;
    }

    private List<MapArea> AreasWithValues(IReadOnlyList<IndicatorValue>? cells) => data.Areas.Select(a =>
    {
        var cell = cells?.Single(c => c.AreaId == a.Key);
        var suppressed = cell is not null && !cell.Status.HasValue();
        return new MapArea(a.Key, a.ShortName, a.Geometry, cell is null ? null : Shown(cell), suppressed);
    }).ToList();

    private Series SeriesOf(IndicatorDefinition definition, string areaKey)
    {
        var name = ShortName(areaKey);
        var points = results.Series(definition.Id, areaKey)
            .Select(c => new SeriesPoint(c.Year, Shown(c), c.Status.IsSuppressed()))
            .ToList();
        return new Series(name, points, IsReference: areaKey == DataSet.TownKey);
    }

    private List<AgeGroupShare> AgeShares(string areaKey, int year, IReadOnlyList<(string Label, int From, int To)> groups)
    {
        double total = data.PopulationSum(year, areaKey);
        return groups.Select(g => new AgeGroupShare(g.Label,
            GermanFormat.Round(100 * data.PopulationSum(year, areaKey, g.From, g.To, Sex.Male) / total, 1),
            GermanFormat.Round(100 * data.PopulationSum(year, areaKey, g.From, g.To, Sex.Female) / total, 1))).ToList();
    }

    private List<double> Shares(string areaKey, int year, (string, int, int)[] groups)
    {
        double total = data.PopulationSum(year, areaKey);
        return groups.Select(g => GermanFormat.Round(100 * data.PopulationSum(year, areaKey, g.Item2, g.Item3) / total, 1)).ToList();
    }

    private static BarItem Bar(IndicatorValue cell, string label) =>
        new(label, Shown(cell), !cell.Status.HasValue(), cell.Status == CellStatus.LowReliability);

    /// <summary>The value a figure draws (see <see cref="DisplayValues"/>).</summary>
    private static double? Shown(IndicatorValue cell) => DisplayValues.Of(cell);

    private string ShortName(string areaKey) =>
        areaKey == DataSet.TownKey ? prepared.Configuration.Town.Designation : data.Areas.Single(a => a.Key == areaKey).ShortName;

    /// <summary>Axis title with the unit: „SGB II-Quote 2023 in %“, „Hitzevulnerabilität 2023 (Index)“.</summary>
    internal static string AxisTitle(IndicatorDefinition definition, int year) => definition.Unit switch
    {
        "%" or "‰" => $"{definition.ShortName} {year} in {definition.Unit}",
        "" => $"{definition.ShortName} {year}",
        _ => $"{definition.ShortName} {year} ({definition.Unit})",
    };

    private static ValueFormat Format(IndicatorDefinition definition) => definition.Unit switch
    {
        "%" => new ValueFormat(definition.Decimals, "%"),
        "‰" => new ValueFormat(definition.Decimals, "‰"),
        _ => new ValueFormat(definition.Decimals),
    };
}
