using System.Globalization;
using Haan.Report.Composition.Content.Tables;
using Haan.Report.Composition.Documents;
using Haan.Report.Data;
using Haan.Report.Indicators;
using Haan.Report.Indicators.Engine;
using Haan.Report.Layout;

namespace Haan.Report.Composition.Content;

/// <summary>Turns <c>::: tabelle typ=…</c> directives into tables with their source lines; the types are listed in <see cref="TableTypes"/>.</summary>
internal sealed class TableFactory(Prepared prepared)
{
    private readonly DataSet data = prepared.Data;
    private readonly IndicatorResults results = prepared.Results;
    private readonly SourceLines sources = new(prepared.Data, prepared.Configuration.PreparedBy);

    public TableContent Create(DirectiveArguments arguments)
    {
        var content = arguments.Type(TableTypes.All, t => t.Name).Build(this, arguments);
        arguments.EnsureAllUsed();
        return content;
    }

    internal TableContent Indicator(DirectiveArguments arguments)
    {
        var (definition, year) = (arguments.Indicator(), arguments.Year());
        var change = definition.IsPercent ? "Pp." : definition.Unit == "Anzahl" ? "absolut" : definition.Unit;
        var table = new Table($"{definition.ShortName} {year}",
            TableColumn.Relative(3), TableColumn.Relative(1.3f, TextAlignment.Right), TableColumn.Relative(1.3f, TextAlignment.Right),
            TableColumn.Relative(1.3f, TextAlignment.Right), TableColumn.Relative(1, TextAlignment.Right), TableColumn.Relative(1, TextAlignment.Right))
        { FontSize = 8.5f, FirstColumnHeadsRows = true };
        // „Index (Stadt = 100)“ wrapped onto three lines in the narrow column: a footnote mark instead.
        table.AddHeader("Sozialraum", $"{year} ({UnitLabel(definition.Unit)})", $"Veränd. 1 J. ({change})", $"Veränd. 4 J. ({change})", "Index¹", "Rang");
        var cells = results.Table(definition.Id, year);
        foreach (var cell in cells)
        {
            table.AddRow(cell.IsTown ? TableRowKind.Highlight : TableRowKind.Body,
                cell.AreaName, cell.Display, cell.DisplayChange1, cell.DisplayChange4,
                cell.IsTown ? "100" : cell.DisplayIndex, cell.Rank?.ToString(CultureInfo.InvariantCulture) ?? "–");
        }

        table.AddFootnote($"¹ Index: Wert des Sozialraums bezogen auf den Wert der {prepared.Configuration.Town.Designation} ({prepared.Configuration.Town.Designation} = 100).");
        AddSymbolFootnote(table, cells);
        return new TableContent(table, sources.ForIndicators(cells));
    }

    internal TableContent TimeSeries(DirectiveArguments arguments)
    {
        var definition = arguments.Indicator();
        // a year without input data for every area (e.g. facility stocks before the latest year) gets no column
        var years = results.Years
            .Where(y => results.AreasWithTown.Any(a => results.Get(definition.Id, a.Id, y).Status != CellStatus.NotAvailable))
            .ToList();
        var columns = new List<TableColumn> { TableColumn.Relative(3) };
        columns.AddRange(years.Select(_ => TableColumn.Relative(1, TextAlignment.Right)));
        var title = years.Count == 1 ? $"{definition.ShortName} {years[0]}" : $"{definition.ShortName} {years[0]}–{years[^1]}";
        var table = new Table(title, [.. columns]) { FontSize = 8.5f, FirstColumnHeadsRows = true };
        table.AddHeader([$"Sozialraum ({UnitLabel(definition.Unit)})", .. years.Select(y => y.ToString(CultureInfo.InvariantCulture))]);
        var all = new List<IndicatorValue>();
        foreach (var area in results.AreasWithTown)
        {
            var series = years.Select(y => results.Get(definition.Id, area.Id, y)).ToList();
            all.AddRange(series);
            table.AddRow(area.IsTown ? TableRowKind.Highlight : TableRowKind.Body, [area.Name, .. series.Select(c => c.Display)]);
        }

        if (years.Count < results.Years.Count)
        {
            table.AddFootnote($"Für {string.Join(", ", results.Years.Except(years))} liegen keine Daten vor (Bestand nur zum letzten Stichtag).");
        }

        AddSymbolFootnote(table, all);
        return new TableContent(table, sources.ForIndicators(all));
    }

    internal TableContent Profile(DirectiveArguments arguments)
    {
        var (area, year) = (arguments.Area(), arguments.Year());
        var table = new Table($"Kennzahlen {area.Name} {year}",
            TableColumn.Relative(3.2f), TableColumn.Relative(1.2f, TextAlignment.Right), TableColumn.Relative(1.2f, TextAlignment.Right),
            TableColumn.Relative(1, TextAlignment.Right), TableColumn.Relative(0.8f, TextAlignment.Right))
        { FontSize = 8.5f, FirstColumnHeadsRows = true };
        table.AddHeader("Indikator", area.ShortName, prepared.Configuration.Town.Designation, "Index", "Rang");
        var cells = new List<IndicatorValue>();
        foreach (var definition in results.Catalogue.Indicators.Where(d => d.IsHeadline))
        {
            var cell = results.Get(definition.Id, area.Key, year);
            var town = results.Get(definition.Id, DataSet.TownKey, year);
            cells.Add(cell);
            cells.Add(town);
            var isCount = definition.Unit == "Anzahl";
            table.AddRow($"{definition.ShortName} ({UnitLabel(definition.Unit)})", cell.Display, town.Display,
                isCount ? GermanFormat.NothingSymbol : cell.DisplayIndex,
                !isCount && cell.Rank is { } rank ? $"{rank.ToString(CultureInfo.InvariantCulture)}/{cell.RankCount.ToString(CultureInfo.InvariantCulture)}" : GermanFormat.NothingSymbol);
        }

        AddSymbolFootnote(table, cells);
        table.AddFootnote("Rang 1 = höchster Handlungsbedarf unter den Sozialräumen (nach der Polarität des Indikators).");
        return new TableContent(table, sources.ForIndicators(cells));
    }

    internal TableContent Kreis()
    {
        var table = new Table("Kreis Mettmann: SGB II-Kennzahlen",
            TableColumn.Relative(3), TableColumn.Relative(1, TextAlignment.Right), TableColumn.Relative(1, TextAlignment.Right),
            TableColumn.Relative(1, TextAlignment.Right), TableColumn.Relative(1, TextAlignment.Right), TableColumn.Relative(1.2f, TextAlignment.Right))
        { FontSize = 8.5f, FirstColumnHeadsRows = true };
        table.AddHeader("Region", "SGB II-Quote", "ELB-Quote", "ELB Männer", "ELB Frauen", "NEF-Quote u15");
        foreach (var row in data.KreisSgbII)
        {
            var kind = row.Ags == data.TownAgs || row.Ags == data.KreisAgs ? TableRowKind.Highlight : TableRowKind.Body;
            // the source labels the Kreis row „Mettmann“, next to „Mettmann, Stadt“: print its full name
            table.AddRow(kind, row.Ags == data.KreisAgs ? prepared.Configuration.Kreis.Name : row.Region, Decimal(row.SgbIIRate), Decimal(row.ElbRate), Decimal(row.ElbRateMen), Decimal(row.ElbRateWomen), Decimal(row.NefRateUnder15));
        }

        var source = data.Sources.FirstOrDefault(s => s.File == "kreis_mettmann_sgb2_quoten.csv");
        var stand = source is null || source.ReferenceDate.StartsWith("keine", StringComparison.Ordinal)
            ? $"Stand nicht angegeben (Quelle: {source?.Source ?? "Statusbericht der Sozialplanung"})"
            : $"Stand {source.ReferenceDate}";
        table.AddFootnote($"Angaben in %. {stand}.");
        return new TableContent(table, sources.ForFiles(["kreis_mettmann_sgb2_quoten.csv"]));
    }

    internal TableContent Catalogue(DirectiveArguments arguments)
    {
        var topic = arguments.Optional("thema");
        var table = new Table("Indikatorenkatalog", TableColumn.Relative(1.6f), TableColumn.Relative(4.4f), TableColumn.Relative(1.4f)) { FontSize = 7.5f, FirstColumnHeadsRows = true };
        table.AddHeader("Indikator", "Definition", "Quelle, Stichtag");
        var definitions = results.Catalogue.Indicators.Where(d => topic is null || d.Topic == topic).ToList();
        if (definitions.Count == 0)
        {
            throw new ContentException($"thema={topic}: Kein Indikator hat dieses Thema. Themen: {string.Join(", ", results.Catalogue.Topics)}.");
        }

        foreach (var d in definitions)
        {
            var minimum = d.MinCount > 0 ? $" Mindestfallzahl {d.MinCount.ToString(CultureInfo.InvariantCulture)}." : string.Empty;
            table.AddRow($"{d.Name} ({d.Id}, {UnitLabel(d.Unit)})", d.Definition + minimum, $"{d.Source}; {d.ReferenceDate}; {d.UpdateInterval}");
        }

        return new TableContent(table, $"Quelle: Indikatorenkatalog der Sozialplanung der {prepared.Configuration.Town.Designation}.");
    }

    internal TableContent Sources()
    {
        // File names stay in the manifest and the CSV/XLSX downloads; the published table names the data set.
        var table = new Table("Datenquellen", TableColumn.Relative(2), TableColumn.Relative(1), TableColumn.Relative(2), TableColumn.Relative(1.2f), TableColumn.Relative(2.6f)) { FontSize = 7.5f, FirstColumnHeadsRows = true };
        table.AddHeader("Datensatz", "Art", "Quelle, Lizenz", "Stichtag", "Namensnennung");
        foreach (var source in data.Sources)
        {
            table.AddRow(source.Title, source.IsSynthetic ? "Demonstrationsdaten" : "echte Daten",
                $"{source.Source}; {source.Licence}", string.IsNullOrWhiteSpace(source.ReferenceDate) || source.ReferenceDate == "–" ? "–" : source.ReferenceDate,
                source.Attribution);
        }

        return new TableContent(table, "Quelle: Verzeichnis der Datensätze der Sozialplanung (mit Stichtag, Lizenz und Namensnennung je Datensatz).");
    }

    internal static TableContent Symbols()
    {
        var table = new Table("Zeichenerklärung", TableColumn.Fixed(Units.Mm(18), TextAlignment.Center), TableColumn.Relative(1)) { FontSize = 8.5f, FirstColumnHeadsRows = true };
        table.AddHeader("Zeichen", "Bedeutung");
        table.AddRow(GermanFormat.SuppressedSymbol, "Zahlenwert geheim zu halten (Geheimhaltung wegen kleiner Fallzahlen, primär oder sekundär)");
        table.AddRow(GermanFormat.NotAvailableSymbol, "Angabe liegt nicht vor (für dieses Jahr gibt es keine Daten, z. B. Einrichtungsbestand früherer Jahre)");
        table.AddRow("( )", "Aussagewert eingeschränkt, da der Wert auf einer kleinen Bezugsgröße beruht");
        table.AddRow(GermanFormat.NotMeaningfulSymbol, "Tabellenfach gesperrt, weil Aussage nicht sinnvoll (z. B. Bezugsgröße null)");
        table.AddRow(GermanFormat.NothingSymbol, "nichts vorhanden (genau null) bzw. kein Rang");
        table.AddRow("0", "weniger als die Hälfte von 1 in der letzten besetzten Stelle, jedoch mehr als nichts");
        return new TableContent(table, "Nach den Zeichen der amtlichen Statistik.");
    }

    internal TableContent Schools()
    {
        var table = new Table($"Schulen in {prepared.Configuration.Town.Name}", TableColumn.Relative(3), TableColumn.Relative(1.6f), TableColumn.Relative(1, TextAlignment.Right), TableColumn.Relative(1.2f, TextAlignment.Right), TableColumn.Relative(1.4f))
        { FontSize = 8.5f, FirstColumnHeadsRows = true };
        table.AddHeader("Schule", "Schulform", "Schüler (gerundet)", "Sozialindex", "Sozialraum");
        foreach (var school in data.Facilities.Where(f => f.Kind == FacilityKind.School).OrderByDescending(f => f.SocialIndex ?? 0).ThenBy(f => f.Name, StringComparer.Ordinal))
        {
            var area = data.Areas.FirstOrDefault(a => a.Key == school.AreaKey)?.ShortName ?? "–";
            table.AddRow(school.Name + (school.Startchancen == true ? " (Startchancen)" : string.Empty), school.SchoolType ?? "–",
                school.Pupils?.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.') ?? "–",
                school.SocialIndex?.ToString(CultureInfo.InvariantCulture) ?? "–", area);
        }

        table.AddFootnote("Schulsozialindex NRW 2024/25: 1 = geringe, 9 = sehr hohe soziale Belastung; „–“ = kein Index (z. B. Schulen in freier Trägerschaft).");
        return new TableContent(table, sources.ForFiles(["schulen.csv"]));
    }

    internal TableContent SocialIndex(DirectiveArguments arguments)
    {
        var year = arguments.Year();
        var table = new Table($"Sozialindex {year}",
            TableColumn.Relative(3), TableColumn.Relative(1.1f, TextAlignment.Right), TableColumn.Relative(1.2f), TableColumn.Relative(1.2f),
            TableColumn.Relative(1, TextAlignment.Right), TableColumn.Relative(1, TextAlignment.Right))
        { FontSize = 8.5f, FirstColumnHeadsRows = true };
        table.AddHeader("Sozialraum", "Statusindex (Stadt = 100)", "Status", "Dynamik (2 Jahre)", "Rang Statusindex", "Rang Min-Max-Index");
        var entries = prepared.Indicators.SocialIndex.Where(e => e.Year == year).OrderBy(e => e.StatusRank ?? int.MaxValue).ToList();
        foreach (var e in entries)
        {
            table.AddRow(e.AreaName,
                e.StatusIndex is { } index ? GermanFormat.Number(index, 1) : GermanFormat.SuppressedSymbol,
                e.Status is { } status ? Indicators.SocialIndex.SocialIndexEntry.StatusText(status) : GermanFormat.SuppressedSymbol,
                e.DynamicsClass is { } dynamics ? Indicators.SocialIndex.SocialIndexEntry.DynamicsText(dynamics) : GermanFormat.NothingSymbol,
                e.StatusRank?.ToString(CultureInfo.InvariantCulture) ?? GermanFormat.NothingSymbol,
                e.MinMaxRank?.ToString(CultureInfo.InvariantCulture) ?? GermanFormat.NothingSymbol);
        }

        foreach (var e in entries.Where(e => e.MethodsDisagree))
        {
            table.AddFootnote(e.DisagreementText);
        }

        table.AddFootnote("Status: hoch (Index unter 80), mittel (80 bis unter 120), niedrig (120 bis unter 150), sehr niedrig (ab 150). " +
                          "Dynamik: Veränderung des Statusindex gegenüber zwei Jahren zuvor; positiv = Rückgang um mindestens 5 Punkte, negativ = Anstieg um mindestens 5 Punkte.");
        return new TableContent(table, sources.ForIndicators(results.Table("sozialindex", year)));
    }

    internal TableContent Confidentiality()
    {
        var table = new Table("Geheimhaltung", TableColumn.Relative(3), TableColumn.Relative(1, TextAlignment.Right), TableColumn.Relative(1, TextAlignment.Right))
        { FontSize = 8.5f, FirstColumnHeadsRows = true };
        table.AddHeader("Zählgröße bzw. Indikator", "gesperrte Fallzahlen", "gesperrte abgeleitete Werte");

        // One column for primary and secondary suppression: publishing how many cells are primary would tell which
        // suppressed cells hold small counts (the kind is kept only in the internal audit list).
        foreach (var group in results.Audit.GroupBy(a => a.Subject).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            table.AddRow(Indicators.Adapter.CountLabels.Label(group.Key, results.Catalogue),
                group.Count(e => e.Kind != Indicators.Confidentiality.SuppressionKind.Inherited).ToString(CultureInfo.InvariantCulture),
                group.Count(e => e.Kind == Indicators.Confidentiality.SuppressionKind.Inherited).ToString(CultureInfo.InvariantCulture));
        }

        table.AddFootnote("Anzahl gesperrter Tabellenfelder (Sozialraum × Jahr); die gesperrten Werte selbst werden nirgends ausgegeben.");
        return new TableContent(table, "Quelle: Prüfprotokoll der Geheimhaltung dieses Berichts.");
    }

    private static void AddSymbolFootnote(Table table, IEnumerable<IndicatorValue> cells)
    {
        cells = cells.ToList();
        var statuses = cells.Select(c => c.Status).ToHashSet();
        var notes = new List<string>();
        if (statuses.Any(s => s.IsSuppressed()))
        {
            notes.Add("„.“ = geheim zu halten");
        }

        if (statuses.Contains(CellStatus.NotAvailable))
        {
            notes.Add("„…“ = Angabe liegt nicht vor");
        }

        if (cells.Any(c => c.Status == CellStatus.Published && c.Value is 0d))
        {
            notes.Add("„–“ = genau null");
        }

        if (statuses.Contains(CellStatus.LowReliability))
        {
            notes.Add("„( )“ = eingeschränkte Aussagekraft (kleine Bezugsgröße)");
        }

        if (statuses.Contains(CellStatus.NotMeaningful))
        {
            notes.Add("„x“ = nicht sinnvoll");
        }

        if (notes.Count > 0)
        {
            table.AddFootnote(string.Join("; ", notes) + ".");
        }
    }

    private static string UnitLabel(string unit) => unit switch
    {
        "Anzahl" => "Anzahl",
        "Index" => "Index",
        _ => unit,
    };

    private static string Decimal(decimal value) => GermanFormat.Number((double)value, 1);
}
