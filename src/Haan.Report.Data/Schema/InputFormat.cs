namespace Haan.Report.Data.Schema;

/// <summary>How an input file is stored.</summary>
public enum InputFormat
{
    /// <summary>Semicolon-separated table with a header row.</summary>
    Csv,

    /// <summary>GeoJSON FeatureCollection; the columns are feature properties.</summary>
    GeoJson,
}
