using Haan.Report.Diagnostics;
using Haan.Report.Composition.Text;
using System.Globalization;
using System.Text;
using Haan.Report.Templates.Markdown;

namespace Haan.Report.Composition.Documents;

/// <summary>
/// Checks of the composed report that would otherwise surface late, inside the layout engine, as a program error:
/// characters the bundled font cannot draw (in the chapter texts and in <c>bericht.json</c>) and anchors (ids) that
/// occur twice. Every finding names the file and line.
/// </summary>
internal static class InputTextCheck
{
    /// <summary>Characters of the chapters and the configuration that <paramref name="canDraw"/> rejects.</summary>
    public static IEnumerable<Problem> MissingGlyphs(Prepared prepared, Func<string, bool> canDraw)
    {
        var configuration = prepared.Configuration;
        var fields = new (string Field, string Text)[]
        {
            ("titel", configuration.Title), ("untertitel", configuration.Subtitle), ("herausgeber", configuration.Publisher),
            ("version", configuration.Version), ("stand", configuration.PublicationDate),
        };
        foreach (var (field, text) in fields)
        {
            var missing = Missing(text, canDraw);
            if (missing.Count > 0)
            {
                yield return ReportMessages.MissingGlyphsInField(new ProblemLocation(ReportConfiguration.FileName) { Field = field }, text, Describe(missing));
            }
        }

        foreach (var chapter in prepared.Chapters)
        {
            var lines = chapter.Markdown.Split('\n');
            var reported = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < lines.Length; i++)
            {
                var missing = Missing(lines[i], canDraw).Where(reported.Add).ToList();
                if (missing.Count > 0)
                {
                    yield return ReportMessages.MissingGlyphsInText(chapter.Location(i + 1), Describe(missing));
                }
            }
        }
    }

    /// <summary>Anchors (heading ids and figure/table ids) that occur more than once in the report.</summary>
    public static IEnumerable<Problem> DuplicateAnchors(Prepared prepared, Numbering numbering)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chapter in prepared.Chapters)
        {
            foreach (var (id, line) in Anchors(chapter.Blocks, numbering))
            {
                if (first.TryGetValue(id, out var earlier))
                {
                    yield return ReportMessages.DuplicateAnchor(chapter.Location(line), id, earlier);
                }
                else
                {
                    first[id] = chapter.At(line);
                }
            }
        }
    }

    private static IEnumerable<(string Id, int Line)> Anchors(IEnumerable<DocBlock> blocks, Numbering numbering)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case DocHeading { Id: { } id } heading:
                    yield return (id, heading.Line);
                    break;
                case DocDirective { Name: Directives.Figure or Directives.Table } directive:
                    yield return (numbering.AnchorOf(directive), directive.Line);
                    break;
                case DocDirective { Name: Directives.Row or Directives.Notice } container:
                    foreach (var nested in Anchors(container.Content, numbering))
                    {
                        yield return nested;
                    }

                    break;
            }
        }
    }

    private static List<string> Missing(string text, Func<string, bool> canDraw) =>
        [.. text.EnumerateRunes()
            .Where(r => !Rune.IsControl(r) && !Rune.IsWhiteSpace(r))
            .Select(r => r.ToString())
            .Distinct(StringComparer.Ordinal)
            .Where(r => !canDraw(r))];

    private static List<string> Describe(IEnumerable<string> characters) =>
        [.. characters.Select(c => $"„{c}“ (U+{char.ConvertToUtf32(c, 0).ToString("X4", CultureInfo.InvariantCulture)})")];
}
