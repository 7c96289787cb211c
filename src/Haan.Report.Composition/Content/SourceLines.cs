using Haan.Report.Data;
using Haan.Report.Indicators.Engine;

namespace Haan.Report.Composition.Content;

/// <summary>Source lines under figures and tables: supplying offices and files, indicator ids, demonstration label.</summary>
internal sealed class SourceLines(DataSet data)
{
    public string ForIndicators(IEnumerable<IndicatorValue> cells)
    {
        var list = cells.ToList();
        var files = list.SelectMany(c => c.Inputs).Distinct(StringComparer.Ordinal).ToList();
        var ids = list.Select(c => c.IndicatorId).Distinct(StringComparer.Ordinal);
        return ForFiles(files) + $" Indikator: {string.Join(", ", ids)}.";
    }

    public string ForFiles(IEnumerable<string> files)
    {
        var infos = files
            .Select(f => data.Sources.FirstOrDefault(s => string.Equals(s.File, f, StringComparison.Ordinal)))
            .OfType<DataSetInfo>()
            .ToList();
        var sources = infos.Select(i => $"{i.Source} ({i.File})").Distinct(StringComparer.Ordinal);
        var text = $"Quelle: {string.Join("; ", sources)}; Berechnung: Stadt Haan, Sozialplanung.";
        return infos.Any(i => i.IsSynthetic) ? text + " Demonstrationsdaten." : text;
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
