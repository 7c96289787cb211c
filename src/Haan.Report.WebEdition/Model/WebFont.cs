namespace Haan.Report.WebEdition;

/// <summary>A font file bundled with the edition (<c>schrift/</c>) and declared as <c>@font-face</c>.</summary>
public sealed record WebFont(string Family, string FileName, byte[] Bytes, bool Bold, bool Italic);
