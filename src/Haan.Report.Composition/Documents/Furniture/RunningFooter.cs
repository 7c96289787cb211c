using System.Globalization;
using Haan.Report.Layout;

namespace Haan.Report.Composition.Documents.Furniture;

/// <summary>
/// The running footer of every chapter page: the Demonstrationsdaten label (when the data are synthetic), the version
/// and „Seite X von Y“. It only draws; the page count is recorded by <see cref="PageCount"/>.
/// </summary>
internal sealed class RunningFooter(ReportConfiguration configuration, bool containsSyntheticData)
{
    private const string DemoLabel = "Demonstrationsdaten – Sozialraumwerte synthetisch, keine amtlichen Zahlen";

    public Element Create(PageContext page)
    {
        var row = new Row { Spacing = 12 };
        row.Relative(3, containsSyntheticData
            ? new Paragraph(DemoLabel) { FontSize = 7, Bold = true, Color = ReportStyle.NoticeBorder }
            : new Paragraph(string.Empty) { FontSize = 7 });
        row.Relative(1.4f, new Paragraph(
            $"Version {configuration.Version} · Seite {page.PageNumber.ToString(CultureInfo.InvariantCulture)} von {page.TotalPages.ToString(CultureInfo.InvariantCulture)}")
        { FontSize = 7.5f, Alignment = TextAlignment.Right });
        return row;
    }
}
