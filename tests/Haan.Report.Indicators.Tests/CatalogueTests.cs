using System.Globalization;
using Haan.Report.Indicators.Catalogue;
using Xunit;

namespace Haan.Report.Indicators.Tests;

public sealed class CatalogueTests
{
    public static readonly string Header = string.Join(";", IndicatorCatalogue.Columns);

    public static string Line(string id, string kind, string unit, string numerator, string denominator,
        int minCount = 0, int minDenominator = 0, string polarity = "+", int decimals = 1) =>
        string.Join(";",
            id, "Name " + id, "Kurz " + id, "Thema", kind, unit, numerator, denominator,
            decimals.ToString(CultureInfo.InvariantCulture), polarity, "nein",
            minCount.ToString(CultureInfo.InvariantCulture), minDenominator.ToString(CultureInfo.InvariantCulture),
            "Definition", "Interpretation", "Quelle", "31.12.", "jährlich");

    [Fact]
    public void Project_catalogue_loads_and_covers_the_issue()
    {
        var catalogue = IndicatorCatalogue.Load(FixtureCounts.CataloguePath);
        string[] required =
        [
            "bev", "anteil_u3", "anteil_3_6", "anteil_6_10", "anteil_10_18", "anteil_18_65", "anteil_65plus", "anteil_80plus",
            "jugendquotient", "altenquotient", "auslaenderanteil", "alleinerziehende", "wanderungssaldo", "sgb2_quote",
            "elb_quote", "elb_quote_m", "elb_quote_w", "nef_quote_u15", "gsi_alter_quote", "al_dichte_sgb2", "al_dichte_sgb3",
            "al_dichte", "wohngeld_quote", "kita_betreuung_u3", "kita_betreuung_3_6", "kita_versorgung_u3", "kita_versorgung_3_6",
            "mindestsicherung", "spielplaetze_je_1000_kinder", "kinder_spielplatz_400m", "senioren_bus_500m",
            "senioren_beratung_500m", "ladepunkte_je_1000_hh", "hitze_vulnerabilitaet", "sozialindex",
        ];
        Assert.All(required, id => Assert.True(catalogue.TryGet(id, out _), id));
        Assert.Equal(5, catalogue["gsi_alter_quote"].MinCount);
        Assert.Equal("bev[0-RA]", catalogue["sgb2_quote"].Denominator!.ToString());
        Assert.Equal("al_sgb2 + al_sgb3", catalogue["al_dichte"].Numerator!.ToString());
        Assert.Equal(["sgb2_quote", "nef_quote_u15", "al_dichte_sgb2", "gsi_alter_quote"], catalogue["sozialindex"].Components);
        Assert.Equal("indikatoren.csv:2", catalogue["bev"].Origin);
    }

    [Fact]
    public void Quoted_fields_may_contain_semicolons()
    {
        var line = Line("a", "Quote", "%", "x", "y").Replace(";Definition;", ";\"Def; mit \"\"Zitat\"\"\";", StringComparison.Ordinal);
        var catalogue = IndicatorCatalogue.Parse(Header + "\n" + line + "\n", "k.csv");
        Assert.Equal("Def; mit \"Zitat\"", catalogue["a"].Definition);
    }

    [Fact]
    public void Errors_name_file_line_column_value_and_expectation()
    {
        var text = Header + "\n" +
                   Line("a", "Quote", "Prozent", "x", "y") + "\n" +
                   Line("b", "Quote", "%", "x[0-3", "y", minCount: 3) + "\n" +
                   Line("a", "Anzahl", "Anzahl", "x", "") + "\n" +
                   Line("c", "Quote", "%", "x - y", "z", minCount: 3) + "\n" +
                   Line("d", "Komposit", "Index", "a + fehlt", "") + "\n" +
                   "e;zu;wenig\n";
        var ex = Assert.Throws<CatalogueValidationException>(() => IndicatorCatalogue.Parse(text, "kat.csv"));
        var messages = ex.Errors.Select(e => e.Message).ToList();
        Assert.Contains("kat.csv, Zeile 2, Spalte „Einheit“: Wert „Prozent“ ist ungültig – erwartet: eine der Einheiten „%“, „‰“, „je 100“, „je 1.000“, „je 10.000“, „Verhältnis“, „Anzahl“, „Index“.", messages);
        Assert.Contains(ex.Errors, e => e is { Line: 3, Column: "Zaehler", Value: "x[0-3" });
        Assert.Contains(ex.Errors, e => e is { Line: 4, Column: "Id", Value: "a" });
        Assert.Contains(ex.Errors, e => e is { Line: 5, Column: "Mindestfallzahl", Value: "3" });
        Assert.Contains(ex.Errors, e => e is { Line: 7, Column: "Zeile", Value: "3 Felder" });
        Assert.Contains("Zeile 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Composite_components_must_exist_above()
    {
        var text = Header + "\n" + Line("a", "Quote", "%", "x", "y") + "\n" + Line("d", "Komposit", "Index", "a + fehlt", "", decimals: 0);
        var ex = Assert.Throws<CatalogueValidationException>(() => IndicatorCatalogue.Parse(text, "kat.csv"));
        var error = Assert.Single(ex.Errors);
        Assert.Equal(("Zaehler", "fehlt", 3), (error.Column, error.Value, error.Line));
    }

    [Fact]
    public void Wrong_header_is_reported()
    {
        var ex = Assert.Throws<CatalogueValidationException>(() => IndicatorCatalogue.Parse("Id;Name\n", "kat.csv"));
        Assert.Equal("Kopfzeile", Assert.Single(ex.Errors).Column);
    }

    [Theory]
    [InlineData("bev[15-RA,m]", "bev[15-RA,m]", "bev, Alter 15 bis unter Regelaltersgrenze, männlich")]
    [InlineData("gsi[RA-]", "gsi[RA-]", "gsi, Alter Regelaltersgrenze und älter")]
    [InlineData("bev[ ausl , -3 ]", "bev[-3,ausl]", "bev, Alter unter 3, nichtdeutsch")]
    public void Count_keys_parse_to_canonical_form(string text, string canonical, string description)
    {
        var key = CountKey.TryParse(text, out var error);
        Assert.Null(error);
        Assert.Equal(canonical, key!.ToString());
        Assert.Equal(description, key.Describe());
    }

    [Theory]
    [InlineData("Bev")]
    [InlineData("bev[3-3]")]
    [InlineData("bev[m,w]")]
    [InlineData("bev[x]")]
    [InlineData("bev[0-3")]
    public void Invalid_count_keys_are_rejected(string text)
    {
        Assert.Null(CountKey.TryParse(text, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Retirement_age_follows_the_data_set_convention()
    {
        var key = CountKey.TryParse("bev[0-RA]", out _)!;
        Assert.Equal(65, key.AgeToInYear(2023));
        Assert.Equal(66, key.AgeToInYear(2024));
    }
}
