using Haan.Report.Data;
using Haan.Report.Indicators.Engine;

namespace Haan.Report.Composition.Content;

/// <summary>
/// Source lines under figures and tables, written like an official publication: „Quelle: Melderegister der Stadt Haan
/// (Demonstrationsdaten); Berechnung: Sozialplanung.“ The supplying offices come from the manifest's „quelle“ column,
/// the calculating office from <c>bericht.json</c> („bearbeitung“). File names and indicator ids stay in the CSV/XLSX
/// tables and the manifest, never in the published text.
/// </summary>
internal sealed class SourceLines(DataSet data, string preparedBy)
{
    public string ForIndicators(IEnumerable<IndicatorValue> cells) =>
        ForFiles(cells.SelectMany(c => c.Inputs).Distinct(StringComparer.Ordinal));

    public string ForFiles(IEnumerable<string> files)
    {
        var infos = files
            .Select(f => data.Sources.FirstOrDefault(s => string.Equals(s.File, f, StringComparison.Ordinal)))
            .OfType<DataSetInfo>()
            .ToList();
        var sources = infos.Select(i => i.Source).Distinct(StringComparer.Ordinal).ToList();
        var text = $"Quelle: {string.Join("; ", sources)}" + (preparedBy.Length > 0 ? $"; Berechnung: {preparedBy}." : ".");
        var labelled = infos.Where(i => i.IsSynthetic).All(i => i.Source.Contains("Demonstrationsdaten", StringComparison.Ordinal));
        return labelled ? text : text + " Demonstrationsdaten.";
    }

    /// <summary>Attribution of the boundaries drawn in maps.</summary>
    public string MapAttribution()
    {
        var boundaries = data.Sources.FirstOrDefault(s => s.File.StartsWith("gemeinden", StringComparison.Ordinal) && s.File.EndsWith(".geojson", StringComparison.Ordinal));
        var geobasis = boundaries is null ? "Geobasis: IT.NRW" : $"Geobasis: {boundaries.Attribution}";
        var areas = data.Sources.FirstOrDefault(s => s.File.StartsWith("sozialraeume", StringComparison.Ordinal));
        return areas is { IsSynthetic: true } ? geobasis + "; Sozialraumgrenzen: Demonstrationsdaten" : geobasis;
    }
}
