using System.Globalization;

namespace Haan.Report.Charts;

/// <summary>
/// The data table of each figure type, made from the same spec the figure is drawn from and formatted with the same
/// <see cref="ValueFormat"/>, so the numbers in the table are the numbers on the figure's labels.
/// </summary>
public static class FigureData
{
    private const string SuppressedNote = "„.“ = Wert geheim (Geheimhaltung wegen kleiner Fallzahlen).";

    public static FigureDataTable Of(BarChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var rows = spec.Items
            .Select(i => (IReadOnlyList<string>)[i.Label, LowReliability(spec.Format.Format(i.Value, i.Suppressed), i.LowReliability)])
            .ToList();
        if (spec.ReferenceValue is { } reference)
        {
            rows.Add([spec.ReferenceLabel, spec.Format.Format(reference)]);
        }

        return new FigureDataTable([spec.CategoryNoun, spec.Subject], rows, [false, true]) { Notes = Notes(spec.Items.Any(i => i.Suppressed)) };
    }

    public static FigureDataTable Of(TimeSeriesSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Series(spec.Subject, spec.Series, spec.Format);
    }

    public static FigureDataTable Of(SmallMultiplesSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Series(spec.Subject, spec.Reference is null ? spec.Areas : [.. spec.Areas, spec.Reference], spec.Format);
    }

    public static FigureDataTable Of(BarSmallMultiplesSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var labels = spec.Panels.SelectMany(p => p.Items.Select(i => i.Label)).Distinct(StringComparer.Ordinal).ToList();
        var rows = labels.Select(label => (IReadOnlyList<string>)[label, .. spec.Panels.Select(p =>
            p.Items.FirstOrDefault(i => i.Label == label) is { } item ? p.Format.Format(item.Value, item.Suppressed) : GermanFormat.NothingSymbol)]).ToList();
        return new FigureDataTable(["Sozialraum", .. spec.Panels.Select(p => p.Subject)], rows, [false, .. spec.Panels.Select(_ => true)])
        {
            Notes = Notes(spec.Panels.Any(p => p.Items.Any(i => i.Suppressed))),
        };
    }

    public static FigureDataTable Of(StackedBarSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var rows = spec.Rows.Select(r => (IReadOnlyList<string>)[r.Label, .. r.Shares.Select(s => GermanFormat.Number(s, 1, "%"))]).ToList();
        return new FigureDataTable([spec.Subject, .. spec.Segments], rows, [false, .. spec.Segments.Select(_ => true)]);
    }

    public static FigureDataTable Of(PyramidSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var rows = spec.Area.Select((a, i) => (IReadOnlyList<string>)[a.AgeGroup,
            Percent(a.MaleShare), Percent(a.FemaleShare),
            i < spec.Reference.Count ? Percent(spec.Reference[i].MaleShare) : GermanFormat.NothingSymbol,
            i < spec.Reference.Count ? Percent(spec.Reference[i].FemaleShare) : GermanFormat.NothingSymbol]).ToList();
        return new FigureDataTable(
            ["Altersgruppe", $"{spec.AreaName}: Männer", $"{spec.AreaName}: Frauen", $"{spec.ReferenceLabel}: Männer", $"{spec.ReferenceLabel}: Frauen"],
            rows, [false, true, true, true, true]);
    }

    public static FigureDataTable Of(ScatterSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var rows = spec.Items.Select(i => (IReadOnlyList<string>)[i.Label, spec.XFormat.Format(i.X, i.Suppressed), spec.YFormat.Format(i.Y, i.Suppressed)]).ToList();
        if (spec.ReferenceX is { } x && spec.ReferenceY is { } y)
        {
            rows.Add([spec.ReferenceLabel, spec.XFormat.Format(x), spec.YFormat.Format(y)]);
        }

        return new FigureDataTable(["Sozialraum", spec.XSubject, spec.YSubject], rows, [false, true, true]) { Notes = Notes(spec.Items.Any(i => i.Suppressed)) };
    }

    public static FigureDataTable Of(CategoryMatrixSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var rows = spec.Entries.Select(e => (IReadOnlyList<string>)[e.Label, spec.RowLabels[e.Row], spec.ColumnLabels[e.Column]]).ToList();
        return new FigureDataTable([spec.ItemHeading, spec.RowTitle, spec.ColumnTitle], rows, [false, false, false]);
    }

    public static FigureDataTable Of(ChoroplethSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var rows = spec.Areas.Select(a => (IReadOnlyList<string>)[a.Label, spec.Format.Format(a.Value, a.Suppressed)]).ToList();
        if (spec.ReferenceValue is { } reference)
        {
            rows.Add([spec.ReferenceLabel, spec.Format.Format(reference)]);
        }

        var notes = Notes(spec.Areas.Any(a => a.Suppressed)).ToList();
        if (spec.Facilities.Count > 0)
        {
            notes.Add("Eingezeichnete Einrichtungen: " + string.Join(", ", spec.Facilities.GroupBy(f => f.Category, StringComparer.Ordinal)
                .Select(g => $"{g.Key} ({g.Count().ToString(CultureInfo.InvariantCulture)})")) + ".");
        }

        if (spec.Attribution is { Length: > 0 } attribution)
        {
            notes.Add(attribution);
        }

        return new FigureDataTable([spec.CategoryNoun, spec.Subject], rows, [false, true]) { Notes = notes };
    }

    public static FigureDataTable Of(LocatorMapSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var rows = spec.Areas.Select(a => (IReadOnlyList<string>)[a.Label, a.Key == spec.HighlightKey ? "dargestellter Sozialraum" : "Nachbar"]).ToList();
        return new FigureDataTable(["Sozialraum", "Lage"], rows, [false, false]) { Notes = AttributionNote(spec) };
    }

    public static FigureDataTable Of(OverviewMapSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var rows = spec.Areas.Select(a => (IReadOnlyList<string>)[a.Label, a.Key]).ToList();
        return new FigureDataTable(["Sozialraum", "Schlüssel"], rows, [false, false]) { Notes = AttributionNote(spec) };
    }

    public static FigureDataTable Of(ReachabilitySpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var rows = spec.Points.OrderBy(p => p.Label, StringComparer.Ordinal)
            .Select(p => (IReadOnlyList<string>)[p.Label, p.Category]).ToList();
        var people = spec.Cells.Where(c => c.Value >= spec.MinimumCount).Sum(c => c.Value);
        var notes = new List<string>
        {
            $"{spec.CellValueLabel}: {spec.Cells.Count(c => c.Value >= spec.MinimumCount).ToString(CultureInfo.InvariantCulture)} Rasterzellen mit zusammen {GermanFormat.Number(people, 0)} {spec.PeopleNoun}; " +
            $"Einzugsbereich {GermanFormat.Number(spec.BufferMetres, 0)} m um jede {spec.PointLabel}.",
        };
        notes.AddRange(AttributionNote(spec));
        return new FigureDataTable([spec.PointLabel, "Art"], rows, [false, false]) { Notes = notes };
    }

    private static FigureDataTable Series(string subject, IReadOnlyList<Series> series, ValueFormat format)
    {
        var years = series.SelectMany(s => s.Points.Select(p => p.Year)).Distinct().Order().ToList();
        var rows = series.Select(s => (IReadOnlyList<string>)[s.Label, .. years.Select(y =>
            s.Points.FirstOrDefault(p => p.Year == y) is { } point ? format.Format(point.Value, point.Suppressed) : GermanFormat.NothingSymbol)]).ToList();
        return new FigureDataTable([subject, .. years.Select(y => y.ToString(CultureInfo.InvariantCulture))], rows, [false, .. years.Select(_ => true)])
        {
            Notes = Notes(series.Any(s => s.Points.Any(p => p.Suppressed))),
        };
    }

    private static string LowReliability(string text, bool low) => low && text != GermanFormat.SuppressedSymbol ? $"({text})" : text;

    private static string Percent(double share) => GermanFormat.Number(share, 1, "%");

    private static IReadOnlyList<string> Notes(bool suppressed) => suppressed ? [SuppressedNote] : [];

    private static IReadOnlyList<string> AttributionNote(MapSpecBase spec) => spec.Attribution is { Length: > 0 } a ? [a] : [];
}
