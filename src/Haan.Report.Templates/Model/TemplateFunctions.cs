using System.Reflection;
using Haan.Report.Data;
using Haan.Report.Diagnostics;
using Haan.Report.Indicators;
using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Engine;
using Haan.Report.Indicators.SocialIndex;
using Haan.Report.Templates.Scripting;
using Haan.Report.Templates.Text;
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
internal sealed class TemplateFunctions(
    ReportInfo info,
    DataSet data,
    IndicatorResults results,
    ClaimLog claims,
    IReadOnlyDictionary<string, IReadOnlyList<Claim>> kreis,
    IReadOnlyList<SocialIndexEntry> socialIndex)
{
    private static readonly (string Name, string Method)[] Exports =
    [
        ("wert", nameof(Value)),
        ("zahl", nameof(Number)),
        ("anzahl", nameof(Count)),
        ("veraenderung", nameof(Change)),
        ("indexwert", nameof(IndexValue)),
        ("rundungshinweis", nameof(RoundingNote)),
        ("vergleich", nameof(Compare)),
        ("entwicklung", nameof(Development)),
        ("rang", nameof(Rank)),
        ("gesperrt", nameof(Suppressed)),
        ("rangfolge", nameof(Ranking)),
        ("hoechster", nameof(Highest)),
        ("niedrigster", nameof(Lowest)),
        ("am_hoechsten", nameof(HighestText)),
        ("am_niedrigsten", nameof(LowestText)),
        ("staerkster_anstieg", nameof(LargestIncrease)),
        ("staerkster_rueckgang", nameof(LargestDecrease)),
        ("auffaellig", nameof(StandingOut)),
        ("auffaellig_satz", nameof(StandingOutSentence)),
        ("paarvergleich", nameof(PairComparison)),
        ("bedarf_angebot", nameof(NeedAndSupply)),
        ("schwerpunkte", nameof(FocusAreas)),
        ("kreis_vergleich", nameof(RegionalComparison)),
        ("kreis_rang", nameof(RegionalRank)),
        ("kreis_spanne", nameof(RegionalRange)),
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
            _ => throw Fail(span, TemplateMessages.ChangeSpan(TemplateMessages.At(span), jahre)),
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
    /// <c>indexwert "sgb2_quote" "SR03"</c> → „200“, the value as an index of the town value (Stadt = 100), with
    /// <c>stellen</c> decimals (default 0); „.“ when the value is not shown. A number, not a comparison: the class of the
    /// index is stated only by <c>vergleich</c> and <c>auffaellig</c>.
    /// </summary>
    public string IndexValue(TemplateContext context, SourceSpan span, string indikator, string gebiet, int jahr = 0, int stellen = 0)
    {
        var cell = Cell(span, indikator, gebiet, jahr);
        if (stellen is < 0 or > 3)
        {
            throw Fail(span, TemplateMessages.IndexDecimals(TemplateMessages.At(span), stellen));
        }

        if (cell.IsTown)
        {
            return cell.Status.HasValue() ? GermanFormat.Number(100, stellen) : GermanFormat.SuppressedSymbol;
        }

        return cell.Index is { } index && cell.Status.HasValue() ? GermanFormat.Number(index, stellen) : GermanFormat.SuppressedSymbol;
    }

    /// <summary>
    /// <c>rundungshinweis "al_dichte" ["al_dichte_sgb2", "al_dichte_sgb3"] "STADT"</c> → „Wegen der Rundung ergibt die
    /// Summe der Teilwerte (4,6 %) nicht genau den Gesamtwert (4,5 %).“ when the printed parts do not add up to the printed
    /// total, else an empty text. The parts must split the total: same denominator, and their numerators together are
    /// the numerator of the total (checked against the catalogue, so the note cannot be attached to unrelated values).
    /// </summary>
    public string RoundingNote(TemplateContext context, SourceSpan span, string gesamt, ScriptArray teile, string gebiet, int jahr = 0)
    {
        var total = Cell(span, gesamt, gebiet, jahr);
        var parts = teile.Select(t => Cell(span, t?.ToString() ?? string.Empty, gebiet, jahr)).ToList();
        var terms = parts.SelectMany(p => p.Definition.Numerator?.Terms ?? []).Select(t => t.ToString()).Order(StringComparer.Ordinal).ToList();
        var splits = parts.Count >= 2
                     && total.Definition.Numerator is { } numerator
                     && terms.SequenceEqual(numerator.Terms.Select(t => t.ToString()).Order(StringComparer.Ordinal))
                     && parts.All(p => Equals(p.Definition.Denominator, total.Definition.Denominator) && p.Definition.Unit == total.Definition.Unit && p.Definition.Decimals == total.Definition.Decimals);
        if (!splits)
        {
            throw Fail(span, TemplateMessages.NotPartsOfTotal(TemplateMessages.At(span), gesamt, parts.Select(p => p.IndicatorId).ToList()));
        }

        if (!total.Status.HasValue() || parts.Any(p => !p.Status.HasValue()) || total.RoundedValue is not { } shownTotal)
        {
            return string.Empty;
        }

        var sum = GermanFormat.Round(parts.Sum(p => p.RoundedValue!.Value), total.Definition.Decimals);
        return sum == shownTotal
            ? string.Empty
            : $"Wegen der Rundung ergibt die Summe der Teilwerte ({GermanFormat.WithUnit(sum, total.Definition.Decimals, total.Definition.Unit)}) nicht genau den Gesamtwert ({WithUnit(total)}).";
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
            throw Fail(span, TemplateMessages.ComparisonNeedsArea(TemplateMessages.At(span)));
        }

        if (Comparison.Classify(cell, town) is null)
        {
            return $"ist aus Gründen der Geheimhaltung oder fehlender Daten nicht ausgewiesen (städtischer Wert: {WithUnit(town)})";
        }

        return TownComparisonClaim(cell, town);
    }

    private string TownComparisonClaim(IndicatorValue cell, IndicatorValue town)
    {
        var level = Comparison.Classify(cell, town)!.Value;
        var text = level == Comparison.Level.Same
            ? $"liegt mit {WithUnit(cell)} etwa auf dem Niveau des städtischen Werts von {WithUnit(town)}"
            : $"liegt mit {WithUnit(cell)} {Comparison.Phrase(level)} dem städtischen Wert von {WithUnit(town)}";
        return claims.Add(new Claim(ClaimKind.TownComparison, text, [cell.IndicatorId], [cell.AreaId], [cell.Year],
            [WithUnit(cell), WithUnit(town)], Comparison.Phrase(level)));
    }

    /// <summary>
    /// <c>entwicklung "sgb2_quote" "STADT"</c> → „ist von 7,5 % (2019) auf 7,9 % (2023) gestiegen (+0,4 Prozentpunkte)“.
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
        var text = difference == 0
            ? $"ist von {from.Year} bis {to.Year} mit {WithUnit(to)} gleich geblieben"
            : $"ist von {WithUnit(from)} ({from.Year}) auf {WithUnit(to)} ({to.Year}) {verb} ({Amount(to.Definition, difference)})";
        return claims.Add(new Claim(ClaimKind.Development, text, [to.IndicatorId], [to.AreaId], [from.Year, to.Year],
            [WithUnit(from), WithUnit(to), difference == 0 ? "0" : Amount(to.Definition, difference)], verb));
    }

    /// <summary>A change in the indicator's unit: „+1,6 Prozentpunkte“ for percentages, „+55“ otherwise.</summary>
    private static string Amount(IndicatorDefinition definition, double difference) => definition.IsPercent
        ? GermanFormat.Signed(difference, definition.Decimals) + " Prozentpunkte"
        : GermanFormat.Signed(difference, definition.Decimals);

    /// <summary><c>rang "sgb2_quote" "SR03"</c> → „2 von 7“ (1 = höchster Bedarf) or „.“.</summary>
    public string Rank(TemplateContext context, SourceSpan span, string indikator, string gebiet, int jahr = 0)
    {
        var cell = Cell(span, indikator, gebiet, jahr);
        return cell.Rank is { } rank
            ? claims.Add(new Claim(ClaimKind.Rank, $"{rank} von {cell.RankCount}", [cell.IndicatorId], [cell.AreaId], [cell.Year],
                [WithUnit(cell)], $"{rank} von {cell.RankCount}"))
            : GermanFormat.SuppressedSymbol;
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
    /// (index ≥ 120); with <c>richtung: "unter"</c> clearly below (index < 80; classes of <see cref="Comparison"/>).
    /// </summary>
    public ScriptArray StandingOut(TemplateContext context, SourceSpan span, string indikator, int jahr = 0, string richtung = "ueber")
    {
        var year = Year(span, jahr);
        Definition(span, indikator);
        var above = Direction(span, richtung);
        var array = new ScriptArray();
        foreach (var cell in results.Table(indikator, year)
                     .Where(c => !c.IsTown && Comparison.Classify(c, Town(c)) == (above ? Comparison.Level.ClearlyAbove : Comparison.Level.ClearlyBelow))
                     .OrderByDescending(c => above ? c.Value : -c.Value))
        {
            array.Add(CellObject(cell));
        }

        if (array.Count > 0)
        {
            var names = array.Cast<ScriptObject>().Select(o => o["name"]?.ToString() ?? string.Empty).ToList();
            claims.Add(new Claim(ClaimKind.StandingOut, GermanFormat.JoinAnd(names), [indikator],
                array.Cast<ScriptObject>().Select(o => o["schluessel"]?.ToString() ?? string.Empty).ToList(), [year], [], above ? "über" : "unter"));
        }

        return array;
    }

    /// <summary>
    /// <c>auffaellig_satz "nef_quote_u15" was: "die Kinderarmut"</c> → „Deutlich über dem städtischen Wert von 11,3 %
    /// liegt die Kinderarmut in A (24,0 %) und B (15,0 %).“ or „In keinem Sozialraum liegt die Kinderarmut deutlich über
    /// dem städtischen Wert von 11,3 %.“ (<c>richtung: "unter"</c> for clearly below). A whole sentence.
    /// </summary>
    public string StandingOutSentence(TemplateContext context, SourceSpan span, string indikator, int jahr = 0, string richtung = "ueber", string was = "der Wert")
    {
        var year = Year(span, jahr);
        Definition(span, indikator);
        var above = Direction(span, richtung);
        var town = results.Get(indikator, DataSet.TownKey, year);
        var cells = results.Table(indikator, year)
            .Where(c => !c.IsTown && Comparison.Classify(c, town) == (above ? Comparison.Level.ClearlyAbove : Comparison.Level.ClearlyBelow))
            .OrderByDescending(c => above ? c.Value : -c.Value)
            .ThenBy(c => c.AreaId, StringComparer.Ordinal)
            .ToList();
        var side = above ? "über" : "unter";
        var text = cells.Count == 0
            ? $"In keinem Sozialraum liegt {was} deutlich {side} dem städtischen Wert von {WithUnit(town)}."
            : $"Deutlich {side} dem städtischen Wert von {WithUnit(town)} liegt {was} in "
              + GermanFormat.JoinAnd(cells.Select(c => $"{AreaNames(span, c.AreaId).Name} ({WithUnit(c)})").ToList()) + ".";
        return claims.Add(new Claim(ClaimKind.StandingOut, text, [indikator], cells.Select(c => c.AreaId).ToList(), [year],
            [WithUnit(town), .. cells.Select(WithUnit)], side));
    }

    /// <summary>
    /// <c>am_hoechsten "gsi_alter_quote"</c> → „in Haan Mitte am höchsten (3,1 %)“; tied Sozialräume (same shown value)
    /// are all named („in A und B am höchsten (je 3,1 %)“). A statement about the level of one year.
    /// </summary>
    public string HighestText(TemplateContext context, SourceSpan span, string indikator, int jahr = 0) =>
        Extreme(span, indikator, jahr, highest: true);

    /// <summary><c>am_niedrigsten "senioren_bus_500m"</c> → „in Haan West am niedrigsten (92,0 %)“.</summary>
    public string LowestText(TemplateContext context, SourceSpan span, string indikator, int jahr = 0) =>
        Extreme(span, indikator, jahr, highest: false);

    private string Extreme(SourceSpan span, string indikator, int jahr, bool highest)
    {
        var year = Year(span, jahr);
        Definition(span, indikator);
        var shown = results.Table(indikator, year).Where(c => !c.IsTown && c.Status.HasValue() && c.Value.HasValue).ToList();
        if (shown.Count == 0)
        {
            throw Fail(span, TemplateMessages.NoAreaValueShown(TemplateMessages.At(span), highest ? "am_hoechsten" : "am_niedrigsten", indikator, year));
        }

        var best = highest ? shown.Max(c => c.RoundedValue!.Value) : shown.Min(c => c.RoundedValue!.Value);
        var tied = shown.Where(c => c.RoundedValue == best).OrderBy(c => c.AreaId, StringComparer.Ordinal).ToList();
        var word = highest ? "am höchsten" : "am niedrigsten";
        var value = (tied.Count > 1 ? "je " : string.Empty) + WithUnit(tied[0]);
        var text = $"in {GermanFormat.JoinAnd(tied.Select(c => AreaNames(span, c.AreaId).Name).ToList())} {word} ({value})";
        return claims.Add(new Claim(highest ? ClaimKind.Highest : ClaimKind.Lowest, text, [indikator],
            tied.Select(c => c.AreaId).ToList(), [year], [WithUnit(tied[0])], word));
    }

    /// <summary>
    /// <c>staerkster_anstieg "anteil_65plus"</c> → „in Gruiten am stärksten gestiegen (von 24,2 % auf 25,8 %;
    /// +1,6 Prozentpunkte)“, from the first year to the report year (<c>von:</c>, <c>bis:</c> to choose), compared on the
    /// shown (rounded) values; „in keinem Sozialraum gestiegen“ when no value rose. A statement about change.
    /// </summary>
    public string LargestIncrease(TemplateContext context, SourceSpan span, string indikator, int von = 0, int bis = 0) =>
        LargestChange(span, indikator, von, bis, increase: true);

    /// <summary><c>staerkster_rueckgang "bev"</c> → „in Haan Mitte am stärksten gesunken (von 6.010 auf 5.890; −120)“.</summary>
    public string LargestDecrease(TemplateContext context, SourceSpan span, string indikator, int von = 0, int bis = 0) =>
        LargestChange(span, indikator, von, bis, increase: false);

    private string LargestChange(SourceSpan span, string indikator, int von, int bis, bool increase)
    {
        var definition = Definition(span, indikator);
        var fromYear = von == 0 ? results.Years[0] : Year(span, von);
        var toYear = Year(span, bis);
        var changes = data.Areas
            .Select(a => (From: results.Get(indikator, a.Key, fromYear), To: results.Get(indikator, a.Key, toYear)))
            .Where(p => p.From.Status.HasValue() && p.To.Status.HasValue() && p.From.Value.HasValue && p.To.Value.HasValue)
            .Select(p => (p.From, p.To, Difference: GermanFormat.Round(p.To.RoundedValue!.Value - p.From.RoundedValue!.Value, definition.Decimals)))
            .Where(p => increase ? p.Difference > 0 : p.Difference < 0)
            .ToList();
        var verb = increase ? "gestiegen" : "gesunken";
        if (changes.Count == 0)
        {
            return claims.Add(new Claim(increase ? ClaimKind.LargestIncrease : ClaimKind.LargestDecrease,
                $"in keinem Sozialraum {verb}", [indikator], [], [fromYear, toYear], [], verb));
        }

        var best = increase ? changes.Max(p => p.Difference) : changes.Min(p => p.Difference);
        var tied = changes.Where(p => p.Difference == best).OrderBy(p => p.To.AreaId, StringComparer.Ordinal).ToList();
        var names = GermanFormat.JoinAnd(tied.Select(p => AreaNames(span, p.To.AreaId).Name).ToList());
        var detail = tied.Count == 1
            ? $"von {WithUnit(tied[0].From)} auf {WithUnit(tied[0].To)}; {Amount(definition, best)}"
            : $"je {Amount(definition, best)}";
        var text = $"in {names} am stärksten {verb} ({detail})";
        return claims.Add(new Claim(increase ? ClaimKind.LargestIncrease : ClaimKind.LargestDecrease, text, [indikator],
            tied.Select(p => p.To.AreaId).ToList(), [fromYear, toYear], [Amount(definition, best)], verb));
    }

    /// <summary>
    /// <c>paarvergleich "elb_quote_w" "elb_quote_m" "STADT" "bei Frauen" "bei Männern"</c> → „bei Frauen (7,4 %) höher als
    /// bei Männern (6,5 %)“ („niedriger als“, „ebenso hoch wie“), compared on the shown values.
    /// </summary>
    public string PairComparison(TemplateContext context, SourceSpan span, string indikator, string gegen, string gebiet, string bei, string gegen_bei, int jahr = 0)
    {
        var a = Cell(span, indikator, gebiet, jahr);
        var b = Cell(span, gegen, gebiet, jahr);
        if (!a.Status.HasValue() || !b.Status.HasValue() || a.RoundedValue is not { } x || b.RoundedValue is not { } y)
        {
            return $"{bei} ({WithUnit(a)}) und {gegen_bei} ({WithUnit(b)}) nicht vergleichbar, weil ein Wert nicht ausgewiesen ist";
        }

        var relation = x > y ? "höher als" : x < y ? "niedriger als" : "ebenso hoch wie";
        var text = $"{bei} ({WithUnit(a)}) {relation} {gegen_bei} ({WithUnit(b)})";
        return claims.Add(new Claim(ClaimKind.PairComparison, text, [indikator, gegen], [gebiet], [a.Year], [WithUnit(a), WithUnit(b)], relation));
    }

    /// <summary><c>kreis_vergleich "sgb2"</c> → „um 2,2 Prozentpunkte unter dem Kreiswert von 10,1 %“ (Kreis table column).</summary>
    public string RegionalComparison(TemplateContext context, SourceSpan span, string spalte) => claims.Add(KreisClaim(span, spalte, 0));

    /// <summary><c>kreis_rang "sgb2"</c> → „Rang 8 von 10“ (Rang 1 = höchste Quote among the towns of the Kreis).</summary>
    public string RegionalRank(TemplateContext context, SourceSpan span, string spalte) => claims.Add(KreisClaim(span, spalte, 1));

    /// <summary><c>kreis_spanne "sgb2"</c> → „am niedrigsten in Langenfeld (Rhld.), Stadt (6,4 %), am höchsten in Monheim am Rhein, Stadt (14,3 %)“.</summary>
    public string RegionalRange(TemplateContext context, SourceSpan span, string spalte) => claims.Add(KreisClaim(span, spalte, 2));

    private Claim KreisClaim(SourceSpan span, string column, int which) =>
        kreis.TryGetValue(column, out var found)
            ? found[which]
            : throw Fail(span, TemplateMessages.UnknownKreisColumn(TemplateMessages.At(span), column, kreis.Keys));

    /// <summary>
    /// <c>bedarf_angebot "nef_quote_u15" ["kinder_spielplatz_400m", "kita_versorgung_u3"]</c> → compares need and
    /// supply in every Sozialraum: a mismatch is a Sozialraum whose need lies above the town value (index ≥ 105) while
    /// a supply indicator lies below it (index < 95). Returns urteil („ja“ when there is no mismatch, else
    /// „teilweise“), anzahl (mismatches), gebiete (names) and text (one sentence naming every mismatch with its values).
    /// </summary>
    public ScriptObject NeedAndSupply(TemplateContext context, SourceSpan span, string bedarf, ScriptArray angebote, int jahr = 0)
    {
        var year = Year(span, jahr);
        var need = Definition(span, bedarf);
        var supplies = angebote.Select(a => Definition(span, a?.ToString() ?? string.Empty)).ToList();
        bool Above(IndicatorValue c) => Comparison.Classify(c, Town(c)) is Comparison.Level.SlightlyAbove or Comparison.Level.ClearlyAbove;
        bool Below(IndicatorValue c) => Comparison.Classify(c, Town(c)) is Comparison.Level.SlightlyBelow or Comparison.Level.ClearlyBelow;
        string WithTown(IndicatorValue c) => $"{WithUnit(c)} (Stadt: {WithUnit(results.Get(c.IndicatorId, DataSet.TownKey, year))})";
        var parts = new List<string>();
        var areas = new List<string>();
        foreach (var area in data.Areas)
        {
            var needCell = results.Get(need.Id, area.Key, year);
            var short_ = supplies.Select(s => results.Get(s.Id, area.Key, year)).Where(Below).ToList();
            if (!Above(needCell) || short_.Count == 0)
            {
                continue;
            }

            areas.Add(area.Key);
            parts.Add($"{area.Name}: {need.Name} {WithTown(needCell)}, aber "
                      + GermanFormat.JoinAnd(short_.Select(c => $"{c.Definition.Name} {WithTown(c)}").ToList()));
        }

        var text = parts.Count == 0
            ? $"In keinem Sozialraum liegt der Bedarf ({need.Name}) über dem städtischen Wert, während eines der betrachteten Angebote unter dem städtischen Wert liegt."
            : $"In {parts.Count} von {data.Areas.Count} Sozialräumen liegt der Bedarf über dem städtischen Wert und zugleich mindestens ein Angebot unter dem städtischen Wert: "
              + string.Join("; ", parts) + ".";
        claims.Add(new Claim(ClaimKind.NeedSupplyMismatch, text, [need.Id, .. supplies.Select(s => s.Id)], areas, [year], [], parts.Count == 0 ? "ja" : "teilweise"));
        return new ScriptObject
        {
            ["urteil"] = parts.Count == 0 ? "ja" : "teilweise",
            ["anzahl"] = parts.Count,
            ["gebiete"] = GermanFormat.JoinAnd(areas.Select(a => AreaNames(span, a).Name).ToList()),
            ["text"] = text,
        };
    }

    /// <summary>
    /// <c>schwerpunkte</c> → the Sozialräume named as Schwerpunkt of the Handlungsbedarfe by the stated rule: Statusklasse
    /// niedrig or sehr niedrig (Sozialstatusindex ab 120) or Dynamik negativ (Anstieg um mindestens 5 Punkte in zwei
    /// Jahren). Returns anzahl, liste (schluessel, name, index, status, dynamik, grund) and text („Oberhaan und
    /// Nachbarsberg (Status niedrig, Sozialstatusindex 152,3)“ or „kein Sozialraum“).
    /// </summary>
    public ScriptObject FocusAreas(TemplateContext context, SourceSpan span, int jahr = 0)
    {
        var year = Year(span, jahr);
        var list = new ScriptArray();
        var parts = new List<string>();
        var keys = new List<string>();
        foreach (var entry in socialIndex.Where(e => e.Year == year).OrderByDescending(e => e.StatusIndex ?? double.MinValue).ThenBy(e => e.AreaId, StringComparer.Ordinal))
        {
            var lowStatus = entry.Status is StatusClass.Niedrig or StatusClass.SehrNiedrig;
            var negative = entry.DynamicsClass == DynamicsClass.Negativ;
            if (!lowStatus && !negative)
            {
                continue;
            }

            var index = GermanFormat.Number(entry.StatusIndex!.Value, 1);
            var reasons = new List<string>();
            if (lowStatus)
            {
                reasons.Add($"Status {SocialIndexEntry.StatusText(entry.Status!.Value)}, Sozialstatusindex {index}");
            }

            if (negative)
            {
                reasons.Add($"Dynamik negativ, {GermanFormat.Signed(entry.Dynamics!.Value, 1)} Indexpunkte in zwei Jahren");
            }

            var reason = string.Join("; ", reasons);
            keys.Add(entry.AreaId);
            parts.Add($"{entry.AreaName} ({reason})");
            list.Add(new ScriptObject
            {
                ["schluessel"] = entry.AreaId,
                ["name"] = entry.AreaName,
                ["index"] = index,
                ["status"] = SocialIndexEntry.StatusText(entry.Status!.Value),
                ["dynamik"] = entry.DynamicsClass is { } d ? SocialIndexEntry.DynamicsText(d) : GermanFormat.NothingSymbol,
                ["grund"] = reason,
            });
        }

        var text = parts.Count == 0 ? "kein Sozialraum" : GermanFormat.JoinAnd(parts);
        claims.Add(new Claim(ClaimKind.FocusAreas, text, ["sozialindex"], keys, [year], [], parts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new ScriptObject { ["anzahl"] = parts.Count, ["liste"] = list, ["text"] = text };
    }

    private static bool Direction(SourceSpan span, string richtung) => richtung switch
    {
        "ueber" => true,
        "unter" => false,
        _ => throw Fail(span, TemplateMessages.UnknownDirection(TemplateMessages.At(span), richtung)),
    };

    /// <summary>
    /// <c>besonderheiten "SR03" anzahl: 3</c> → the headline indicators in which a Sozialraum stands out clearly from
    /// the town (index ≥ 120 or < 80), strongest deviation first, at most <c>anzahl</c> (0 = all); each with name, wert,
    /// stadt, richtung („über“/„unter“), bedarf (true when the deviation means more need, by the indicator's polarity)
    /// and text („liegt mit 24,0 % deutlich über dem städtischen Wert von 11,3 %“, the same wording as <c>vergleich</c>).
    /// </summary>
    public ScriptArray Particularities(TemplateContext context, SourceSpan span, string gebiet, int jahr = 0, int anzahl = 0)
    {
        AreaNames(span, gebiet);
        var year = Year(span, jahr);
        var array = new ScriptArray();
        var standing = results.Catalogue.Indicators
            .Where(d => d.IsHeadline && d.Kind != IndicatorKind.Count && d.Polarity != Polarity.Neutral)
            .Select(d => results.Get(d.Id, gebiet, year))
            .Where(c => Comparison.Classify(c, Town(c)) is Comparison.Level.ClearlyAbove or Comparison.Level.ClearlyBelow)
            .OrderByDescending(c => Math.Abs(c.Index!.Value - 100))
            .Take(anzahl > 0 ? anzahl : int.MaxValue);
        foreach (var cell in standing)
        {
            var above = cell.Index > 100;
            var town = results.Get(cell.IndicatorId, DataSet.TownKey, year);
            array.Add(new ScriptObject
            {
                ["id"] = cell.IndicatorId,
                ["name"] = cell.Definition.ShortName,
                ["wert"] = WithUnit(cell),
                ["stadt"] = WithUnit(town),
                ["richtung"] = above ? "über" : "unter",
                ["bedarf"] = above == (cell.Definition.Polarity == Polarity.HigherIsMoreNeed),
                ["text"] = TownComparisonClaim(cell, town),
            });
        }

        return array;
    }

    /// <summary><c>indikator "sgb2_quote"</c> → the catalogue entry (name, kurzname, einheit, definition …).</summary>
    public ScriptObject Indicator(TemplateContext context, SourceSpan span, string id) =>
        ReportModel.IndicatorObject(Definition(span, id));

    /// <summary><c>gebiet "SR03"</c> → schluessel, name, kurzname of a Sozialraum (or the town for "STADT").</summary>
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

    private IndicatorValue Town(IndicatorValue cell) => results.Get(cell.IndicatorId, DataSet.TownKey, cell.Year);

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
            : throw Fail(span, TemplateMessages.UnknownIndicator(TemplateMessages.At(span), id, results.Catalogue.FileName));

    private int Year(SourceSpan span, int year)
    {
        var resolved = year == 0 ? info.ReportYear : year;
        return results.Years.Contains(resolved)
            ? resolved
            : throw Fail(span, TemplateMessages.UnknownYear(TemplateMessages.At(span), resolved, results.Years));
    }

    private (string Name, string ShortName) AreaNames(SourceSpan span, string key)
    {
        if (string.Equals(key, DataSet.TownKey, StringComparison.Ordinal))
        {
            return (info.TownDesignation, info.TownName);
        }

        var area = data.Areas.FirstOrDefault(a => string.Equals(a.Key, key, StringComparison.Ordinal));
        return area is not null
            ? (area.Name, area.ShortName)
            : throw Fail(span, TemplateMessages.UnknownArea(TemplateMessages.At(span), key, data.Areas.Select(a => a.Key), DataSet.TownKey));
    }

    private static TemplateFunctionException Fail(SourceSpan span, Problem problem) => new(span, problem);
}
