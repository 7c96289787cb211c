using Haan.Report.Data;
using Haan.Report.Indicators.Adapter;
using Haan.Report.Indicators.Engine;
using Haan.Report.Templates.Model;

namespace Haan.Report.Composition;

/// <summary>Everything a build needs after all inputs were read and checked.</summary>
internal sealed record Prepared(
    ReportConfiguration Configuration,
    string TemplatesDirectory,
    DataSet Data,
    IndicatorReport Indicators,
    IReadOnlyList<Chapter> Chapters,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<Claim> Claims)
{
    /// <summary>The published value set (every indicator × area × year with its status).</summary>
    public IndicatorResults Results => Indicators.Results;

    /// <summary>The filled Markdown of the whole report (for review and the versioned output).</summary>
    public string FilledMarkdown => string.Join("\n", Chapters.Select(c => $"<!-- {c.File} -->\n{c.Markdown.TrimEnd()}\n"));
}
