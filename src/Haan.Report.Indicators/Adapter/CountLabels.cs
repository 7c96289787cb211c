using System.Text.RegularExpressions;
using Haan.Report.Indicators.Catalogue;

namespace Haan.Report.Indicators.Adapter;

/// <summary>
/// German labels for the count keys of <see cref="DataSetCounts"/> („hlu“ → „Hilfe zum Lebensunterhalt
/// (Empfängerinnen und Empfänger)“), so that published tables never show the technical keys; the keys themselves stay in
/// the catalogue, the CSV/XLSX tables and the manifest.
/// </summary>
public static partial class CountLabels
{
    [GeneratedRegex(@"(?<var>[a-z_0-9]+)(\[(?<filter>[^\]]*)\])?")]
    private static partial Regex Term();

    /// <summary>The German label of an audit subject: an indicator id (its catalogue name) or a count expression.</summary>
    public static string Label(string subject, IndicatorCatalogue catalogue)
    {
        if (catalogue.TryGet(subject, out var definition) && definition is not null)
        {
            return definition.Name;
        }

        return Term().Replace(subject, m =>
        {
            var variable = m.Groups["var"].Value;
            if (CountVariables.Find(variable)?.Label is not { } label)
            {
                return m.Value; // a number or an unknown key: shown as written
            }

            var filter = m.Groups["filter"].Success ? Filter(m.Groups["filter"].Value) : string.Empty;
            return filter.Length > 0 ? $"{label}, {filter}" : label;
        }).Replace(" - ", " minus ", StringComparison.Ordinal);
    }

    private static string Filter(string filter) => string.Join(", ", filter.Split('|', ',').Select(part => part.Trim() switch
    {
        "m" => "Männer",
        "w" => "Frauen",
        "dt" => "Deutsche",
        "ausl" => "Ausländerinnen und Ausländer",
        "0-RA" => "unter der Regelaltersgrenze",
        "RA-" => "ab der Regelaltersgrenze",
        var range when range.EndsWith('-') => $"ab {range.TrimEnd('-')} Jahren",
        var range when range.Contains('-', StringComparison.Ordinal) => $"{range.Split('-')[0]} bis unter {range.Split('-')[1]} Jahre",
        var other => other,
    }));
}
