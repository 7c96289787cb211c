using System.Globalization;
using Haan.Report.Diagnostics;
using Haan.Report.Templates.Markdown;
using Haan.Report.Templates.Scripting;

namespace Haan.Report.Composition;

/// <summary>One chapter: template path as shown to users, the filled Markdown and its document tree.</summary>
internal sealed record Chapter(string File, string Markdown, IReadOnlyList<DocBlock> Blocks)
{
    /// <summary>Filled line → template line and loop pass (identity for program-written chapters).</summary>
    public SourceMap Map { get; init; } = SourceMap.Identity;

    /// <summary>
    /// „kapitel/13-sozialraumprofile.md, Zeile 20“ for a 1-based line of the filled Markdown, with the loop pass
    /// when the template line was repeated by a loop: „… Zeile 20 (Sozialraum SR05, Zeile 159 des ausgefüllten Texts)“.
    /// </summary>
    public string At(int filledLine) => Location(filledLine).ToString();

    /// <summary>The location of <see cref="At"/>: template file and line, with the loop pass as context.</summary>
    public ProblemLocation Location(int filledLine)
    {
        var origin = Map.Origin(filledLine);
        return ProblemLocation.At(File, origin.TemplateLine) with { Context = origin.Context };
    }
}
