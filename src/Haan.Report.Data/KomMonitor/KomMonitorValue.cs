namespace Haan.Report.Data.KomMonitor;

/// <summary>One value of a KomMonitor indicator download for one area and date, with where it stands in the download.</summary>
/// <param name="AreaId">KomMonitor area <c>ID</c> (always a string).</param>
/// <param name="Date">The date column (<c>YYYY-MM-DD</c>) or <c>DATE_YYYY-MM-DD</c> property.</param>
/// <param name="Value">The number, or null for <c>NoData</c> / <c>null</c>.</param>
/// <param name="Text">The value as written in the download, for messages.</param>
/// <param name="Line">Line of the record (CSV line or line where the GeoJSON feature starts).</param>
/// <param name="Column">The column or property the value is in.</param>
public sealed record KomMonitorValue(string AreaId, DateOnly Date, decimal? Value, string Text, int Line, string Column);
