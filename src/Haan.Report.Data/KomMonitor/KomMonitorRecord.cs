namespace Haan.Report.Data.KomMonitor;

/// <summary>
/// One record (row or feature) of a KomMonitor download: an area with its validity and its values per date. An area
/// whose boundary changed appears as several records with the same ID and different validity.
/// </summary>
/// <param name="AreaId">KomMonitor area <c>ID</c>.</param>
/// <param name="Name">Area <c>NAME</c>.</param>
/// <param name="ValidFrom">Start of validity, or null (open).</param>
/// <param name="ValidTo">End of validity, or null (open).</param>
/// <param name="Line">Line where the record starts.</param>
/// <param name="Values">Values per date, in file order.</param>
public sealed record KomMonitorRecord(string AreaId, string Name, DateOnly? ValidFrom, DateOnly? ValidTo, int Line, IReadOnlyList<KomMonitorValue> Values)
{
    /// <summary>True when the record is valid on <paramref name="date"/> (bounds inclusive, open bounds unlimited).</summary>
    public bool IsValidOn(DateOnly date) => (ValidFrom is not { } from || from <= date) && (ValidTo is not { } to || date <= to);
}
