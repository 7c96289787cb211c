using System.Reflection;
using Haan.Report.Data;
using Haan.Report.Indicators;
using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Engine;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Haan.Report.Templates.Model;

/// <summary>
/// The functions templates can call (German names, documented in docs/VORLAGEN.md). Every value comes from the
/// published value set, so suppressed cells read "." everywhere. An unknown indicator, area or year stops the build
/// with the template's file, line and column.
/// </summary>
internal sealed class TemplateFunctions(ReportInfo info, DataSet data, IndicatorResults results)
{
    private static readonly (string Name, string Method)[] Exports =
    [
        ("wert", nameof(Value)),
        ("zahl", nameof(Number)),
        ("anzahl", nameof(Count)),
        ("veraenderung", nameof(Change)),
        ("vergleich", nameof(Compare)),
        ("entwicklung", nameof(Development)),
        ("rang", nameof(Rank)),
        ("gesperrt", nameof(Suppressed)),
        ("rangfolge", nameof(Ranking)),
        ("hoechster", nameof(Highest)),
        ("niedrigster", nameof(Lowest)),
        ("auffaellig", nameof(StandingOut)),
        ("besonderheiten", nameof(Particularities)),
        ("indikator", nameof(Indicator)),
        ("gebiet", nameof(AreaByKey)),
        ("aufzaehlung", nameof(Enumerate)),
    ];

    public void Register(ScriptObject model)
    {
        foreach (var (name, method) in Exports)
        {
            var info = typeof(TemplateFunctions).GetMethod(method, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)!;
            model.SetValue(name, DynamicCustomFunction.Create(this, info), readOnly: true);
        }
    }

    /// <summary><c>wert "sgb2_quote" "SR03" 2023</c> → „12,3 %“ (with unit; „.“ when suppressed).</summary>
    public string Value(TemplateContext context, SourceSpan span, string indikator, string gebiet, int jahr = 0)
    {
        var cell = Cell(span, indikator, gebiet, jahr);
        return WithUnit(cell);
    }

    /// <summary><c>zahl "sgb2_quote" "SR03"</c> → „12,3“ (no unit).</summary>
    public string Number(TemplateContext context, SourceSpan span, string indikator, string gebiet, int jahr = 0) =>
        Cell(span, indikator, gebiet, jahr).Display;

    /// <summary><c>anzahl 30406</c> → „30.406“; <c>anzahl 7.25 1</c> → „7,3“.</summary>
    public string Count(double wert, int stellen = 0) => GermanFormat.Number(wert, stellen);

    /// <summary><c>veraenderung "sgb2_quote" "SR03" 4</c> → „+0,4 Pp.“ over 1 or 4 years.</summary>
    public string Change(TemplateContext context, SourceSpan span, string indikator, string gebiet, int jahre = 1, int jahr = 0)
    {
        var cell = Cell(span, indikator, gebiet, jahr);
        var change = jahre switch
        {
            1 => cell.Change1,
            4 => cell.Change4,
            _ => throw new ScriptRuntimeException(span, $"„veraenderung“ kennt nur 1 oder 4 Jahre, nicht {jahre}."),
        };
        if (change is not { } c)
        {
            return GermanFormat.SuppressedSymbol;
        }

        return cell.Definition.IsPercent
            ? GermanFormat.PercentagePoints(c, cell.Definition.Decimals)
            : GermanFormat.Signed(c, cell.Definition.Decimals);
    }

    /// <summary>
    /// <c>vergleich "sgb2_quote" "SR03"</c> → „liegt mit 12,3 % deutlich über dem städtischen Wert von 7,9 %“.
    /// </summary>
    public string Compare(TemplateContext context, SourceSpan span, string indikator, string gebiet, int jahr = 0)
    {
        var cell = Cell(span, indikator, gebiet, jahr);
        var town = results.Get(cell.IndicatorId, DataSet.TownKey, cell.Year);
        if (cell.IsTown)
        {
            throw new ScriptRuntimeException(span, "„vergleich“ vergleicht einen Sozialraum mit der Stadt; geben Sie einen Sozialraum an (z. B. \"SR01\").");
        }

        if (!cell.Status.HasValue() || cell.Index is not { } index || !town.Status.HasValue())
        {
            return $"ist aus Gründen der Geheimhaltung oder fehlender Daten nicht ausgewiesen (städtischer Wert: {WithUnit(town)})";
        }

        var level = Comparison.Classify(index);
        return level == Comparison.Level.Same
            ? $"liegt mit {WithUnit(cell)} etwa auf dem Niveau des städtischen Werts von {WithUnit(town)}"
            : $"liegt mit {WithUnit(cell)} {Comparison.Phrase(level)} dem städtischen Wert von {WithUnit(town)}";
    }

    /// <summary>
    /// <c>entwicklung "sgb2_quote" "HAAN"</c> → „ist von 7,5 % (2019) auf 7,9 % (2023) gestiegen (+0,4 Prozentpunkte)“.
    /// </summary>
    public string Development(TemplateContext context, SourceSpan span, string indikator, string gebiet, int von = 0, int bis = 0)
    {
        var from = Cell(span, indikator, gebiet, von == 0 ? results.Years[0] : von);
        var to = Cell(span, indikator, gebiet, bis);
        if (from.Value is not { } a || to.Value is not { } b || !from.Status.HasValue() || !to.Status.HasValue())
        {
            return $"kann für {from.Year}–{to.Year} aus Gründen der Geheimhaltung nicht dargestellt werden";
        }

        var decimals = to.Definition.Decimals;
        var difference = GermanFormat.Round(b, decimals) - GermanFormat.Round(a, decimals);
        var verb = difference > 0 ? "gestiegen" : difference < 0 ? "gesunken" : "gleich geblieben";
        if (difference == 0)
        {
            return $"ist von {from.Year} bis {to.Year} mit {WithUnit(to)} gleich geblieben";
        }

        var amount = to.Definition.IsPercent
            ? GermanFormat.Signed(difference, decimals) + " Prozentpunkte"
            : GermanFormat.Signed(difference, decimals);
        return $"ist von {WithUnit(from)} ({from.Year}) auf {WithUnit(to)} ({to.Year}) {verb} ({amount})";
    }

    /// <summary><c>rang "sgb2_quote" "SR03"</c> → „2 von 7“ (1 = höchster Bedarf) or „.“.</summary>
    public string Rank(TemplateContext context, SourceSpan span, string indikator, string gebiet, int jahr = 0)
    {
        var cell = Cell(span, indikator, gebiet, jahr);
        return cell.Rank is { } rank ? $"{rank} von {cell.RankCount}" : GermanFormat.SuppressedSymbol;
    }

    /// <summary><c>gesperrt "nef_u15_quote" "SR05"</c> → true when the cell does not show a value.</summary>
    public bool Suppressed(TemplateContext context, SourceSpan span, string indikator, string gebiet, int jahr = 0) =>
        !Cell(span, indikator, gebiet, jahr).Status.HasValue();

    /// <summary>
    /// <c>rangfolge "sgb2_quote"</c> → the Sozialräume with a shown value, highest value first; each with
    /// schluessel, name, kurzname, wert (with unit), zahl.
    /// </summary>
    public ScriptArray Ranking(TemplateContext context, SourceSpan span, string indikator, int jahr = 0)
    {
        var year = Year(span, jahr);
        Definition(span, indikator);
        var array = new ScriptArray();
        foreach (var cell in results.Table(indikator, year)
                     .Where(c => !c.IsTown && c.Status.HasValue() && c.Value.HasValue)
                     .OrderByDescending(c => c.Value!.Value)
                     .ThenBy(c => c.AreaId, StringComparer.Ordinal))
        {
            array.Add(CellObject(cell));
        }

        return array;
    }

    /// <summary><c>hoechster "sgb2_quote"</c> → the Sozialraum with the highest shown value (or null).</summary>
    public ScriptObject? Highest(TemplateContext context, SourceSpan span, string indikator, int jahr = 0) =>
        Ranking(context, span, indikator, jahr).FirstOrDefault() as ScriptObject;

    /// <summary><c>niedrigster "sgb2_quote"</c> → the Sozialraum with the lowest shown value (or null).</summary>
    public ScriptObject? Lowest(TemplateContext context, SourceSpan span, string indikator, int jahr = 0) =>
        Ranking(context, span, indikator, jahr).LastOrDefault() as ScriptObject;

    /// <summary>
    /// <c>auffaellig "sgb2_quote"</c> → Sozialräume whose value lies clearly above the town value
    /// (index ≥ 120); with <c>richtung: "unter"</c> clearly below (index ≤ 80).
    /// </summary>
    public ScriptArray StandingOut(TemplateContext context, SourceSpan span, string indikator, int jahr = 0, string richtung = "ueber")
    {
        var year = Year(span, jahr);
        Definition(span, indikator);
        var above = richtung switch
        {
            "ueber" => true,
            "unter" => false,
            _ => throw new ScriptRuntimeException(span, $"„richtung“ ist „ueber“ oder „unter“, nicht „{richtung}“."),
        };
        var array = new ScriptArray();
        foreach (var cell in results.Table(indikator, year)
                     .Where(c => !c.IsTown && c.Status.HasValue() && c.Index is { } i
                                 && Comparison.Classify(i) == (above ? Comparison.Level.ClearlyAbove : Comparison.Level.ClearlyBelow))
                     .OrderByDescending(c => above ? c.Value : -c.Value))
        {
            array.Add(CellObject(cell));
        }

        return array;
    }

    /// <summary>
    /// <c>besonderheiten "SR03"</c> → the headline indicators in which a Sozialraum stands out clearly from the town
    /// (index ≥ 120 or ≤ 80), strongest deviation first; each with name, wert, stadt, richtung („über“/„unter“) and
    /// bedarf (true when the deviation means more need, by the indicator's polarity).
    /// </summary>
    public ScriptArray Particularities(TemplateContext context, SourceSpan span, string gebiet, int jahr = 0)
    {
        AreaNames(span, gebiet);
        var year = Year(span, jahr);
        var array = new ScriptArray();
        var standing = results.Catalogue.Indicators
            .Where(d => d.IsHeadline && d.Kind != IndicatorKind.Count && d.Polarity != Polarity.Neutral)
            .Select(d => results.Get(d.Id, gebiet, year))
            .Where(c => c.Status.HasValue() && c.Index is { } i && Comparison.Classify(i) is Comparison.Level.ClearlyAbove or Comparison.Level.ClearlyBelow)
            .OrderByDescending(c => Math.Abs(c.Index!.Value - 100));
        foreach (var cell in standing)
        {
            var above = cell.Index > 100;
            array.Add(new ScriptObject
            {
                ["id"] = cell.IndicatorId,
                ["name"] = cell.Definition.ShortName,
                ["wert"] = WithUnit(cell),
                ["stadt"] = WithUnit(results.Get(cell.IndicatorId, DataSet.TownKey, year)),
                ["richtung"] = above ? "über" : "unter",
                ["bedarf"] = above == (cell.Definition.Polarity == Polarity.HigherIsMoreNeed),
            });
        }

        return array;
    }

    /// <summary><c>indikator "sgb2_quote"</c> → the catalogue entry (name, kurzname, einheit, definition …).</summary>
    public ScriptObject Indicator(TemplateContext context, SourceSpan span, string id) =>
        ReportModel.IndicatorObject(Definition(span, id));

    /// <summary><c>gebiet "SR03"</c> → schluessel, name, kurzname of a Sozialraum (or the town for "HAAN").</summary>
    public ScriptObject AreaByKey(TemplateContext context, SourceSpan span, string schluessel)
    {
        var (name, shortName) = AreaNames(span, schluessel);
        return new ScriptObject { ["schluessel"] = schluessel, ["name"] = name, ["kurzname"] = shortName };
    }

    /// <summary><c>aufzaehlung ["A", "B", "C"]</c> → „A, B und C“ („sowie“ when a name contains „und“); objects contribute their <c>name</c>.</summary>
    public string Enumerate(ScriptArray eintraege) =>
        GermanFormat.JoinAnd(eintraege.Select(e => e is ScriptObject o ? o["name"]?.ToString() ?? string.Empty : e?.ToString() ?? string.Empty).ToList());

    private ScriptObject CellObject(IndicatorValue cell)
    {
        var (name, shortName) = AreaNames(default, cell.AreaId);
        return new ScriptObject
        {
            ["schluessel"] = cell.AreaId,
            ["name"] = name,
            ["kurzname"] = shortName,
            ["wert"] = WithUnit(cell),
            ["zahl"] = cell.Display,
        };
    }

    private static string WithUnit(IndicatorValue cell) => cell.Status switch
    {
        CellStatus.Published when cell.Value is { } v => GermanFormat.WithUnit(v, cell.Definition.Decimals, cell.Definition.Unit),
        CellStatus.LowReliability when cell.Value is { } v => "(" + GermanFormat.WithUnit(v, cell.Definition.Decimals, cell.Definition.Unit) + ")",
        _ => cell.Display,
    };

    private IndicatorValue Cell(SourceSpan span, string indicator, string area, int year)
    {
        Definition(span, indicator);
        AreaNames(span, area);
        return results.Get(indicator, area, Year(span, year));
    }

    private IndicatorDefinition Definition(SourceSpan span, string id) =>
        results.Catalogue.TryGet(id, out var definition) && definition is not null
            ? definition
            : throw new ScriptRuntimeException(span,
                $"Unbekannter Indikator „{id}“. Verfügbare Indikatoren stehen im Katalog {results.Catalogue.FileName} (Spalte „id“).");

    private int Year(SourceSpan span, int year)
    {
        var resolved = year == 0 ? info.ReportYear : year;
        return results.Years.Contains(resolved)
            ? resolved
            : throw new ScriptRuntimeException(span,
                $"Für das Jahr {resolved} gibt es keine Daten. Verfügbar: {string.Join(", ", results.Years)}.");
    }

    private (string Name, string ShortName) AreaNames(SourceSpan span, string key)
    {
        if (string.Equals(key, DataSet.TownKey, StringComparison.Ordinal))
        {
            return ("Stadt Haan", "Haan");
        }

        var area = data.Areas.FirstOrDefault(a => string.Equals(a.Key, key, StringComparison.Ordinal));
        return area is not null
            ? (area.Name, area.ShortName)
            : throw new ScriptRuntimeException(span,
                $"Unbekannter Sozialraum „{key}“. Erlaubt: {string.Join(", ", data.Areas.Select(a => a.Key))} oder {DataSet.TownKey} für die Stadt.");
    }
}
