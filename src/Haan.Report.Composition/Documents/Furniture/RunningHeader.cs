using System.Globalization;
using Haan.Report.Layout;

namespace Haan.Report.Composition.Documents.Furniture;

/// <summary>The running header of every chapter page: the current chapter on the left, the report (bericht.json „kopfzeile“) and year on the right.</summary>
internal sealed class RunningHeader(ReportConfiguration configuration)
{
    public Element Create(PageContext page)
    {
        var row = new Row { Spacing = 12 };
        row.Relative(3, new Paragraph(page.CurrentChapter ?? string.Empty) { FontSize = 7.5f, Color = ReportStyle.Muted });
        row.Relative(2, new Paragraph(
            $"{configuration.RunningHeader} {configuration.ReportYear.ToString(CultureInfo.InvariantCulture)}")
        { FontSize = 7.5f, Color = ReportStyle.Muted, Alignment = TextAlignment.Right });
        return row;
    }
}
