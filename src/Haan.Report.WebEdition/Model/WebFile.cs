namespace Haan.Report.WebEdition;

/// <summary>A file of the edition: path relative to the <c>html/</c> folder (forward slashes) and its bytes.</summary>
public sealed record WebFile(string Name, byte[] Bytes);
