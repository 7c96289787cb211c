namespace Haan.Report.WebEdition;

/// <summary>An entry of the list of figures or tables: number, caption and anchor id.</summary>
public sealed record WebDirectoryEntry(string Number, string Caption, string Id);
