using System.Globalization;
using Haan.Report.Charts;
using Haan.Report.Layout;

namespace Haan.Report.Composition.Documents.Furniture;

/// <summary>The title page: publisher line, title, subtitle, overview map, Demonstrationsdaten notice, version and date.</summary>
internal static class TitlePage
{
    /// <summary>The notice about the synthetic data, when the report contains Demonstrationsdaten; the number of Sozialräume comes from the data.</summary>
    public static string SyntheticNotice(int areaCount) =>
        $"Die Grenzen der {GermanFormat.CountWord(areaCount)} Sozialräume und alle Zahlen unterhalb der Gesamtstadt sind synthetisch erzeugt " +
        "(reproduzierbar und passend zu den amtlichen Eckwerten der Stadt). Sie zeigen, wie der Bericht mit den " +
        "echten Daten der Fachämter aussieht, und sind keine amtlichen Zahlen. Echte Daten (Stadt- und Kreisgrenzen, " +
        "Einwohnerzahlen, Kreisvergleich, Schulen, Ladesäulen) sind im Anhang mit Quelle und Lizenz belegt.";

    /// <param name="prepared">The build's inputs.</param>
    /// <param name="style">Chart style for the overview map.</param>
    /// <param name="webEdition">Whether the overview map's SVG is prepared for the web edition.</param>
    /// <param name="map">The overview map's recorded drawing, spec and height (for the web edition's start page).</param>
    public static Element Create(Prepared prepared, ChartStyle style, bool webEdition, out (FigureDrawing Drawing, OverviewMapSpec Spec, float Height) map)
    {
        var configuration = prepared.Configuration;
        var column = new Column { Spacing = 10 };
        column.Add(new Paragraph(configuration.TitleLine) { FontSize = 9, Bold = true, Color = ReportStyle.Accent });
        column.Add(new Spacer(Units.Mm(12)));
        column.Add(new Paragraph(configuration.Title) { FontSize = 28, Bold = true, Color = ReportStyle.Accent, LineHeight = 1.15f, Role = StructureRole.H1 });
        if (configuration.Subtitle.Length > 0)
        {
            column.Add(new Paragraph(configuration.Subtitle) { FontSize = 14, Color = ReportStyle.Muted });
        }

        column.Add(new Spacer(Units.Mm(6)));
        var overviewSpec = new OverviewMapSpec(prepared.Data.Areas
            .Select(a => new MapArea(a.Key, a.ShortName, a.Geometry, null)).ToList())
        {
            Outline = prepared.Data.TownBoundary,
            Attribution = new Content.SourceLines(prepared.Data, prepared.Configuration.PreparedBy).MapAttribution(),
        };
        var overview = new OverviewMapFigure(overviewSpec, style);
        var drawing = new FigureDrawing(overview, WebEdition.WebEditionBuilder.TitleFigureId, webEdition);
        map = (drawing, overviewSpec, Units.Mm(105));
        column.Add(new CanvasElement(Units.Mm(105), drawing.Draw)
        {
            Name = "Übersichtskarte der Sozialräume",
            AltText = overview.AltText,
        });
        column.Add(new Spacer(Units.Mm(6)));
        if (prepared.Data.ContainsSyntheticData)
        {
            var notice = new Column { Spacing = 4 };
            notice.Add(new Paragraph("Demonstrationsdaten") { FontSize = 12, Bold = true });
            notice.Add(new Paragraph(SyntheticNotice(prepared.Data.Areas.Count))
            { FontSize = 9.5f, LineHeight = 1.35f });
            column.Add(new Box(notice) { Background = ReportStyle.NoticeBackground, BorderColor = ReportStyle.NoticeBorder, Padding = 10, Role = StructureRole.Note });
        }

        column.Add(new Spacer(Units.Mm(8)));
        column.Add(new Paragraph($"Herausgeber: {configuration.Publisher}") { FontSize = 9.5f });
        column.Add(new Paragraph(
            $"Version {configuration.Version} · Stand {configuration.PublicationDay.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}")
        { FontSize = 9.5f, Color = ReportStyle.Muted });
        return column;
    }
}
