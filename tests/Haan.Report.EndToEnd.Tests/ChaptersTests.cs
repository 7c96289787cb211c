using System.Globalization;
using System.Text.RegularExpressions;
using Haan.Report.Composition;
using Haan.Report.Formatting;
using Haan.Report.Indicators;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// The chapters a NRW Sozialbericht has (issue 14, item 11): Wohnen, Kinderarmut as the declared Schwerpunkt, Bildung,
/// a Stichtag table of all sources, the contact and how the report is updated; where data are missing, the report
/// names the indicator, its source and that it follows in the next edition.
/// </summary>
public sealed class ChaptersTests
{
    private static readonly Lazy<FilledReport> Demo = new(() => ReportBuilder.Fill(RepositoryPaths.Data, RepositoryPaths.Templates));

    private static string Chapter(string anchor)
    {
        var markdown = Demo.Value.Markdown;
        var start = markdown.IndexOf($"{{#{anchor}", StringComparison.Ordinal);
        Assert.True(start >= 0, $"chapter #{anchor} not found");
        var end = markdown.IndexOf("\n<!--", start, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    private static string Shown(Haan.Report.Indicators.Engine.IndicatorValue cell) =>
        GermanFormat.WithUnit(cell.Value!.Value, cell.Definition.Decimals, cell.Definition.Unit);

    private static double German(string number) => double.Parse(number.Replace(",", ".", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [Fact]
    public void Kinderarmut_chapter_gives_the_trend_of_every_area_and_names_the_missing_age_groups()
    {
        var chapter = Chapter("kinderarmut");
        var results = Demo.Value.Results;
        var (first, last) = (results.Years[0], results.Years[^1]);
        foreach (var area in Demo.Value.Data.Areas)
        {
            var from = results.Get("nef_quote_u15", area.Key, first);
            var to = results.Get("nef_quote_u15", area.Key, last);
            Assert.Contains($"{area.Name}: Die Quote ist von {Shown(from)} ({first}) auf {Shown(to)} ({last})", chapter, StringComparison.Ordinal);
        }

        Assert.Contains("am stärksten gestiegen", chapter, StringComparison.Ordinal);
        Assert.Contains("am stärksten gesunken", chapter, StringComparison.Ordinal);
        Assert.Contains("typ=zeitreihe indikator=nef_quote_u15", chapter, StringComparison.Ordinal);
        Assert.Contains("y=nef_quote_u15", chapter, StringComparison.Ordinal); // against the Alleinerziehende
        Assert.Matches(@"unter 6\s+und unter 18 Jahren", chapter);
        Assert.Contains("Statistik der Bundesagentur für Arbeit", chapter, StringComparison.Ordinal);
        Assert.Contains("folgen in der nächsten Ausgabe", chapter, StringComparison.Ordinal);
    }

    [Fact]
    public void Wohnen_chapter_shows_households_and_Wohngeld_and_names_what_follows()
    {
        var chapter = Chapter("wohnen");
        var results = Demo.Value.Results;
        var year = results.Years[^1];

        Assert.Contains($"In Haan gibt es {results.Get("haushalte", "STADT", year).Display} private Haushalte", chapter, StringComparison.Ordinal);
        Assert.Contains($"beträgt {Shown(results.Get("wohngeld_quote", "STADT", year))}", chapter, StringComparison.Ordinal);
        foreach (var area in Demo.Value.Data.Areas)
        {
            Assert.Contains($"{area.Name}: Die Wohngeldquote liegt mit", chapter, StringComparison.Ordinal);
        }

        Assert.Contains("typ=karte indikator=wohngeld_quote", chapter, StringComparison.Ordinal);
        Assert.Matches(@"\| Ältere Alleinlebende \| Einpersonenhaushalte mit einer Person ab 65 Jahren [^|]*\| Melderegister", chapter);
        Assert.Contains("folgen in der nächsten Ausgabe", chapter, StringComparison.Ordinal);
    }

    [Fact]
    public void Bildung_chapter_shows_the_schools_with_the_real_Schulsozialindex_and_names_what_follows()
    {
        var chapter = Chapter("bildung");
        var schools = Demo.Value.Data.Facilities.Where(f => f.Kind == Haan.Report.Data.FacilityKind.School).ToList();
        var mean = schools.Where(f => f.SocialIndex is not null).Average(f => f.SocialIndex!.Value);

        Assert.Contains($"In Haan gibt es {schools.Count} allgemeinbildende Schulen", chapter, StringComparison.Ordinal);
        Assert.Contains($"rund {GermanFormat.Count(schools.Sum(f => f.Pupils ?? 0))} Schülerinnen und Schülern", chapter, StringComparison.Ordinal);
        Assert.Contains($"liegt der Wert bei\n{GermanFormat.Number(mean, 2)}", chapter, StringComparison.Ordinal);
        Assert.Contains(mean < 3.5 ? "im unteren" : mean < 6.5 ? "im mittleren" : "im\noberen", chapter, StringComparison.Ordinal);
        Assert.Contains("typ=schulen", chapter, StringComparison.Ordinal);
        Assert.Contains("| Offener Ganztag (OGS) |", chapter, StringComparison.Ordinal);
    }

    [Fact]
    public void Stichtag_table_lists_every_data_set_with_its_reference_date()
    {
        var chapter = Chapter("daten");
        foreach (var source in Demo.Value.Data.Sources)
        {
            Assert.Contains($"| {source.Title} | {source.Source} | {(source.IsSynthetic ? "Demonstrationsdaten" : "echte Daten")} | {source.ReferenceDate} |", chapter, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Update_cycle_and_contact_name_an_office_and_a_function_but_no_person()
    {
        var chapter = Chapter("fortschreibung");
        var year = Demo.Value.Results.Years[^1];

        Assert.Contains($"Berichtsjahr {(year + 2).ToString(CultureInfo.InvariantCulture)} vorgesehen", chapter, StringComparison.Ordinal);
        Assert.Contains("alle zwei Jahre", chapter, StringComparison.Ordinal);
        Assert.Contains("DUVA", chapter, StringComparison.Ordinal);
        Assert.Contains("KomMonitor", chapter, StringComparison.Ordinal);
        var contact = chapter[chapter.IndexOf("{#kontakt}", StringComparison.Ordinal)..];
        Assert.Contains("**Stadt Haan – Die Bürgermeisterin** – Sozialplanung", contact, StringComparison.Ordinal);
        Assert.Contains("Ansprechpartnerin", contact, StringComparison.Ordinal);
        Assert.Contains("Sozialplanerin der Stadt Haan", contact, StringComparison.Ordinal);
        // a demonstration report puts no person's name under synthetic figures: only the office and the function
        Assert.DoesNotMatch(@"(Frau|Herr|Dr\.) [A-ZÄÖÜ]", contact);
        Assert.Contains("Ansprechpartnerin: die Sozialplanerin der Stadt Haan", Chapter("impressum"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_new_chapter_is_in_the_table_of_contents_order()
    {
        var markdown = Demo.Value.Markdown;
        var order = new[] { "armut", "kinderarmut", "arbeit", "wohnen", "familie", "bildung", "aeltere", "profile", "fortschreibung", "anhang" }
            .Select(a => markdown.IndexOf($"{{#{a}", StringComparison.Ordinal))
            .ToList();

        Assert.All(order, i => Assert.True(i >= 0));
        Assert.Equal(order.Order().ToList(), order);
    }

    [Fact]
    public void Sozialindex_components_are_printed_beside_the_index_and_average_to_it()
    {
        var chapter = Chapter("sozialindex");
        var results = Demo.Value.Results;
        var year = results.Years[^1];
        string[] components = ["sgb2_quote", "nef_quote_u15", "al_dichte_sgb2", "gsi_alter_quote"];
        foreach (var area in Demo.Value.Data.Areas)
        {
            var indexes = components.Select(c => results.Get(c, area.Key, year).Index!.Value).ToList();
            var row = Regex.Match(chapter, $@"\| {Regex.Escape(area.Name)} \| ([0-9,]+) \| ([0-9,]+) \| ([0-9,]+) \| ([0-9,]+) \| ([0-9,]+) \|");
            Assert.True(row.Success, $"no component row for {area.Name}");
            var printed = Enumerable.Range(1, 4).Select(i => German(row.Groups[i].Value)).ToList();
            for (var i = 0; i < 4; i++)
            {
                Assert.Equal(GermanFormat.Round(indexes[i], 1), printed[i]);
            }

            var status = German(row.Groups[5].Value);
            Assert.Equal(results.Get("sozialindex", area.Key, year).RoundedValue, status);
            Assert.True(Math.Abs(printed.Average() - status) <= 0.1 + 1e-9, $"{area.Name}: mean of the printed components {printed.Average()} vs {status}");
        }

        Assert.Contains("| Stadt Haan | 100,0 | 100,0 | 100,0 | 100,0 | 100,0 |", chapter, StringComparison.Ordinal);
        var methods = Chapter("methoden");
        Assert.Contains("Transferbezug ohne Arbeitslose", methods, StringComparison.Ordinal);
        Assert.Contains("eine Verschlechterung in\nder ganzen Stadt zeigt sich nur an den Quoten selbst", methods, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rounding_note_stands_exactly_where_printed_parts_do_not_add_up()
    {
        var results = Demo.Value.Results;
        var year = results.Years[^1];
        var total = results.Get("al_dichte", "STADT", year).RoundedValue!.Value;
        var sum = GermanFormat.Round(results.Get("al_dichte_sgb2", "STADT", year).RoundedValue!.Value + results.Get("al_dichte_sgb3", "STADT", year).RoundedValue!.Value, 1);
        var note = $"Wegen der Rundung ergibt die Summe der Teilwerte ({GermanFormat.WithUnit(sum, 1, "%")}) nicht genau den Gesamtwert ({GermanFormat.WithUnit(total, 1, "%")}).";

        Assert.Equal(sum != total, Chapter("arbeit").Contains(note, StringComparison.Ordinal));
    }

    [Fact]
    public void The_suppression_statement_is_derived_from_the_published_value_set()
    {
        var report = Demo.Value;
        var results = report.Results;
        var published = results.Catalogue.Indicators.SelectMany(d => results.Years.SelectMany(y => results.Table(d.Id, y))).ToList();
        var chapter = Chapter("daten");
        var statement = "Kein in Tabellen, Abbildungen, Karten oder Texten veröffentlichter\nWert musste gesperrt werden.";

        Assert.Equal(published.All(c => !c.Status.IsSuppressed()), chapter.Contains(statement, StringComparison.Ordinal));
        if (published.All(c => !c.Status.IsSuppressed()))
        {
            // every suppressed count is one the report does not publish on its own, and the text names it
            var own = results.Catalogue.Indicators.Where(d => d.Numerator is { Terms: [{ Sign: 1 }] }).Select(d => d.Numerator!.Terms[0].Key.ToString()).ToHashSet();
            var subjects = results.Audit.Where(a => a.Kind != Haan.Report.Indicators.Confidentiality.SuppressionKind.Inherited).Select(a => a.Subject).Distinct().ToList();
            Assert.NotEmpty(subjects);
            Assert.All(subjects, s => Assert.DoesNotContain(s, own));
            foreach (var subject in subjects)
            {
                Assert.Contains(Haan.Report.Indicators.Adapter.CountLabels.Label(subject, results.Catalogue), chapter.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_population_base_is_stated_once_and_the_2019_value_comes_from_the_data()
    {
        var markdown = Demo.Value.Markdown;
        var chapters = markdown.Split("<!-- kapitel/", StringSplitOptions.None);
        var comparing = chapters.Where(c => c.Contains("30.406", StringComparison.Ordinal)).Select(c => c[..c.IndexOf(' ', StringComparison.Ordinal)]).ToList();

        Assert.Equal(["03-datengrundlage.md"], comparing);
        Assert.DoesNotContain("weichen deshalb von Veröffentlichungen", markdown, StringComparison.Ordinal);
        Assert.Contains("steht einmal im Kapitel\n  „Datengrundlage und Methodik“", markdown, StringComparison.Ordinal);
        var bev2019 = Demo.Value.Results.Get("bev", "STADT", 2019).Display;
        Assert.Contains($"Für 2019 weisen sie {bev2019} Einwohnerinnen und Einwohner aus (amtlich 30.406", Chapter("daten"), StringComparison.Ordinal);
    }
}
