using System.Globalization;
using System.Text;

namespace Haan.Report.Indicators.Catalogue;

/// <summary>
/// The indicator catalogue, read from a semicolon-separated UTF-8 file (fields may be quoted with "…", "" escapes a quote).
/// Every problem is reported as a <see cref="CatalogueError"/> with file, line and column; all errors are collected.
/// </summary>
public sealed class IndicatorCatalogue
{
    /// <summary>The expected header, in this order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "Id", "Name", "Kurzname", "Thema", "Art", "Einheit", "Zaehler", "Nenner", "Dezimalstellen", "Polaritaet",
        "Leitindikator", "Mindestfallzahl", "MindestNenner", "Definition", "Interpretation", "Quelle", "Stichtag",
        "Aktualisierung",
    ];

    /// <summary>Allowed units and their factor (rates); "Anzahl" and "Index" have factor 1.</summary>
    public static readonly IReadOnlyDictionary<string, double> Units = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["%"] = 100,
        ["‰"] = 1000,
        ["je 100"] = 100,
        ["je 1.000"] = 1000,
        ["je 10.000"] = 10000,
        ["Verhältnis"] = 1,
        ["Anzahl"] = 1,
        ["Index"] = 1,
    };

    private static readonly Dictionary<string, int> ColumnIndex =
        Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);

    private readonly Dictionary<string, IndicatorDefinition> byId;

    private IndicatorCatalogue(string fileName, IReadOnlyList<IndicatorDefinition> indicators)
    {
        FileName = fileName;
        Indicators = indicators;
        byId = indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    /// <summary>File name the catalogue was read from (for traceability).</summary>
    public string FileName { get; }

    /// <summary>Entries in file order.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>Entry by id.</summary>
    public IndicatorDefinition this[string id] => byId[id];

    /// <summary>Looks up an entry.</summary>
    public bool TryGet(string id, out IndicatorDefinition? definition) => byId.TryGetValue(id, out definition);

    /// <summary>Topics in first-appearance order.</summary>
    public IReadOnlyList<string> Topics => Indicators.Select(i => i.Topic).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Factor of a unit.</summary>
    public static double UnitFactor(string unit) => Units[unit];

    /// <summary>Reads and validates a catalogue file.</summary>
    public static IndicatorCatalogue Load(string path) =>
        Parse(File.ReadAllText(path, Encoding.UTF8), Path.GetFileName(path));

    /// <summary>Parses and validates catalogue text; throws <see cref="CatalogueValidationException"/> with all errors.</summary>
    public static IndicatorCatalogue Parse(string text, string fileName)
    {
        var errors = new List<CatalogueError>();
        var records = SplitRecords(text, fileName, errors);
        var result = new List<IndicatorDefinition>();
        if (records.Count == 0)
        {
            errors.Add(new CatalogueError(fileName, 1, "Kopfzeile", string.Empty, string.Join(";", Columns)));
            throw new CatalogueValidationException(errors);
        }

        var header = records[0];
        if (!header.Fields.SequenceEqual(Columns, StringComparer.Ordinal))
        {
            errors.Add(new CatalogueError(fileName, header.Line, "Kopfzeile", string.Join(";", header.Fields), string.Join(";", Columns)));
            throw new CatalogueValidationException(errors);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count == 1 && record.Fields[0].Length == 0)
            {
                continue; // blank line
            }

            if (record.Fields.Count != Columns.Count)
            {
                errors.Add(new CatalogueError(fileName, record.Line, "Zeile", $"{record.Fields.Count} Felder", $"{Columns.Count} Felder, getrennt durch „;“"));
                continue;
            }

            var entry = ParseRecord(record, fileName, ids, errors);
            if (entry is not null)
            {
                result.Add(entry);
            }
        }

        // Composite components must exist, precede the composite and not be composites themselves.
        var seen = new Dictionary<string, IndicatorDefinition>(StringComparer.Ordinal);
        foreach (var entry in result)
        {
            foreach (var component in entry.Components)
            {
                if (!seen.TryGetValue(component, out var c) || c.Kind == IndicatorKind.Composite)
                {
                    errors.Add(new CatalogueError(fileName, LineOf(entry), "Zaehler", component,
                        "Id eines weiter oben definierten Indikators der Art Anzahl oder Quote"));
                }
                else if (c.Polarity != Polarity.HigherIsMoreNeed)
                {
                    errors.Add(new CatalogueError(fileName, LineOf(entry), "Zaehler", component,
                        "ein Eingangsindikator mit Polarität „+“ (höherer Wert = mehr Bedarf)"));
                }
            }

            seen[entry.Id] = entry;
        }

        if (errors.Count > 0)
        {
            throw new CatalogueValidationException(errors);
        }

        return new IndicatorCatalogue(fileName, result);
    }

    private static int LineOf(IndicatorDefinition entry) =>
        int.Parse(entry.Origin[(entry.Origin.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture);

    private static IndicatorDefinition? ParseRecord(Record record, string fileName, HashSet<string> ids, List<CatalogueError> errors)
    {
        var before = errors.Count;
        string F(string column) => record.Fields[ColumnIndex[column]].Trim();
        void Error(string column, string expected) => errors.Add(new CatalogueError(fileName, record.Line, column, F(column), expected));

        var id = F("Id");
        if (id.Length == 0 || !id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_') || id[0] is < 'a' or > 'z')
        {
            Error("Id", "Kleinbuchstaben, Ziffern und „_“, beginnend mit einem Buchstaben");
        }
        else if (!ids.Add(id))
        {
            Error("Id", "eine im Katalog eindeutige Id (diese Id kommt doppelt vor)");
        }

        foreach (var column in new[] { "Name", "Kurzname", "Thema", "Definition", "Interpretation", "Quelle", "Stichtag", "Aktualisierung" })
        {
            if (F(column).Length == 0)
            {
                Error(column, "ein nicht leerer Text");
            }
        }

        IndicatorKind? kind = F("Art") switch
        {
            "Anzahl" => IndicatorKind.Count,
            "Quote" => IndicatorKind.Rate,
            "Komposit" => IndicatorKind.Composite,
            _ => null,
        };
        if (kind is null)
        {
            Error("Art", "„Anzahl“, „Quote“ oder „Komposit“");
        }

        var unit = F("Einheit");
        if (!Units.ContainsKey(unit))
        {
            Error("Einheit", "eine der Einheiten " + string.Join(", ", Units.Keys.Select(u => "„" + u + "“")));
        }
        else if (kind == IndicatorKind.Count && unit != "Anzahl")
        {
            Error("Einheit", "„Anzahl“ bei Art „Anzahl“");
        }
        else if (kind == IndicatorKind.Composite && unit != "Index")
        {
            Error("Einheit", "„Index“ bei Art „Komposit“");
        }
        else if (kind == IndicatorKind.Rate && unit is "Anzahl" or "Index")
        {
            Error("Einheit", "%, ‰, je 100, je 1.000, je 10.000 oder Verhältnis bei Art „Quote“");
        }

        CountExpression? numerator = null, denominator = null;
        IReadOnlyList<string> components = [];
        if (kind == IndicatorKind.Composite)
        {
            components = F("Zaehler").Split('+').Select(s => s.Trim()).ToList();
            if (components.Count < 2 || components.Any(c => c.Length == 0))
            {
                Error("Zaehler", "mindestens zwei Indikator-Ids, verbunden mit „+“");
            }

            if (F("Nenner").Length != 0)
            {
                Error("Nenner", "leeres Feld bei Art „Komposit“");
            }
        }
        else if (kind is not null)
        {
            numerator = CountExpression.TryParse(F("Zaehler"), out var numeratorError);
            if (numerator is null)
            {
                Error("Zaehler", "ein Zählausdruck wie „sgb2_lb“ oder „al_sgb2 + al_sgb3“ (" + numeratorError + ")");
            }

            if (kind == IndicatorKind.Rate)
            {
                denominator = CountExpression.TryParse(F("Nenner"), out var denominatorError);
                if (denominator is null)
                {
                    Error("Nenner", "ein Zählausdruck wie „bev[0-RA]“ (" + denominatorError + ")");
                }
            }
            else if (F("Nenner").Length != 0)
            {
                Error("Nenner", "leeres Feld bei Art „Anzahl“");
            }
        }

        if (!int.TryParse(F("Dezimalstellen"), NumberStyles.None, CultureInfo.InvariantCulture, out var decimals) || decimals > 3)
        {
            Error("Dezimalstellen", "eine ganze Zahl von 0 bis 3");
        }

        Polarity? polarity = F("Polaritaet") switch
        {
            "+" => Polarity.HigherIsMoreNeed,
            "-" => Polarity.HigherIsLessNeed,
            "0" => Polarity.Neutral,
            _ => null,
        };
        if (polarity is null)
        {
            Error("Polaritaet", "„+“ (höher = mehr Bedarf), „-“ (höher = weniger Bedarf) oder „0“ (beschreibend)");
        }

        bool? headline = F("Leitindikator") switch { "ja" => true, "nein" => false, _ => null };
        if (headline is null)
        {
            Error("Leitindikator", "„ja“ oder „nein“");
        }

        if (!int.TryParse(F("Mindestfallzahl"), NumberStyles.None, CultureInfo.InvariantCulture, out var minCount) || minCount > 100)
        {
            Error("Mindestfallzahl", "eine ganze Zahl von 0 bis 100 (0 = keine Fallzahlregel)");
        }
        else if (minCount > 0 && numerator is { IsPureSum: false })
        {
            Error("Mindestfallzahl", "0, weil ein Zähler mit Subtraktion keine Fallzahl ist");
        }
        else if (minCount > 0 && kind == IndicatorKind.Composite)
        {
            Error("Mindestfallzahl", "0 bei Art „Komposit“ (die Sperrung wird von den Eingangsindikatoren geerbt)");
        }

        if (!int.TryParse(F("MindestNenner"), NumberStyles.None, CultureInfo.InvariantCulture, out var minDenominator))
        {
            Error("MindestNenner", "eine nicht negative ganze Zahl (0 = keine Regel)");
        }

        if (errors.Count > before)
        {
            return null;
        }

        return new IndicatorDefinition
        {
            Id = id,
            Name = F("Name"),
            ShortName = F("Kurzname"),
            Topic = F("Thema"),
            Kind = kind!.Value,
            Unit = unit,
            Numerator = numerator,
            Denominator = denominator,
            Components = components,
            Decimals = decimals,
            Polarity = polarity!.Value,
            IsHeadline = headline!.Value,
            MinCount = minCount,
            MinDenominator = minDenominator,
            Definition = F("Definition"),
            Interpretation = F("Interpretation"),
            Source = F("Quelle"),
            ReferenceDate = F("Stichtag"),
            UpdateInterval = F("Aktualisierung"),
            Origin = fileName + ":" + record.Line.ToString(CultureInfo.InvariantCulture),
        };
    }

    private sealed record Record(int Line, List<string> Fields);

    private static List<Record> SplitRecords(string text, string fileName, List<CatalogueError> errors)
    {
        var records = new List<Record>();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var recordLine = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var inQuotes = false;
            var endOfRecord = false;
            while (i < text.Length && !endOfRecord)
            {
                var c = text[i];
                if (inQuotes)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                    if (c == '"') { inQuotes = false; i++; continue; }
                    if (c == '\n') { line++; }
                    field.Append(c);
                    i++;
                    continue;
                }

                switch (c)
                {
                    case '"' when field.Length == 0:
                        inQuotes = true;
                        break;
                    case ';':
                        fields.Add(field.ToString());
                        field.Clear();
                        break;
                    case '\r':
                        break;
                    case '\n':
                        endOfRecord = true;
                        line++;
                        break;
                    default:
                        field.Append(c);
                        break;
                }

                i++;
            }

            if (inQuotes)
            {
                errors.Add(new CatalogueError(fileName, recordLine, "Zeile", "\"", "ein schließendes Anführungszeichen"));
            }

            fields.Add(field.ToString());
            records.Add(new Record(recordLine, fields));
        }

        return records;
    }
}
