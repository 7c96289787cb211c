using System.Globalization;

namespace Haan.Report.Templates.Scripting;

/// <summary>The template line of a filled line, the filled line itself and the loop pass that wrote it (null outside loops).</summary>
public sealed record SourceOrigin(int TemplateLine, int FilledLine, string? Loop)
{
    /// <summary>„Sozialraum SR05, Zeile 150 des ausgefüllten Texts“ inside a loop, else null.</summary>
    public string? Context => Loop is null ? null : $"{Loop}, Zeile {FilledLine.ToString(CultureInfo.InvariantCulture)} des ausgefüllten Texts";
}
