using System.Globalization;
using Haan.Report.Charts;
using Haan.Report.Composition.Documents;
using Haan.Report.Layout;
using Haan.Report.WebEdition;

namespace Haan.Report.Composition.Web;

/// <summary>
/// The web edition of a build (<c>html/</c> in the version folder): built from the same chapters, numbering, figures
/// and tables as the PDF (<see cref="WebContent"/>), with the bundled fonts of <c>bericht.json</c>.
/// </summary>
internal static class WebEditionFiles
{
    public const string Folder = "html";


    public static IReadOnlyList<(string Name, byte[] Bytes)> Create(Prepared prepared, ReportDocumentBuilder builder, FontFamily fonts, string baseName)
    {
        var configuration = prepared.Configuration;
        var page = PageTemplate.A4Portrait();
        var contentWidth = page.Size.Width - page.Margins.Left - page.Margins.Right;
        var content = new WebContent(
            builder.Numbering ?? throw new InvalidOperationException("The document was not built."),
            builder.Composer ?? throw new InvalidOperationException("The document was not built."),
            contentWidth);
        var info = new WebEditionInfo(
            configuration.Title,
            configuration.Subtitle,
            configuration.Publisher,
            configuration.Version,
            configuration.PublicationDay.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            prepared.Data.ContainsSyntheticData,
            baseName + ".pdf",
            baseName + "-indikatoren.csv",
            baseName + "-indikatoren.xlsx");
        var family = fonts.Typeface(false, false).FamilyName;
        var files = configuration.Fonts;
        var webFonts = new[] { (files.Regular, false, false), (files.Bold, true, false), (files.Italic, false, true), (files.BoldItalic, true, true) }
            .Select(f => new WebFont(family, Path.GetFileName(f.Item1), File.ReadAllBytes(Path.Combine(prepared.TemplatesDirectory, f.Item1)), f.Item2, f.Item3))
            .ToList();

        WebFigure? titleFigure = null;
        if (builder.TitleMap is { } map)
        {
            var caption = "Übersichtskarte der Sozialräume";
            titleFigure = new WebFigure(null, caption, map.Drawing.Svg(new SkiaSharp.SKSize(contentWidth, map.Height)), map.Drawing.Figure.AltText,
                map.Spec.Attribution ?? string.Empty, WebContent.DataTable(FigureData.Of(map.Spec), caption));
        }

        var input = new WebEditionInput(info, [.. prepared.Chapters.Select(c => c.Blocks)], content, webFonts)
        {
            TitleFigure = titleFigure,
            DataNotice = prepared.Data.ContainsSyntheticData ? ReportDocumentBuilder.SyntheticNotice(prepared.Data.Areas.Count) : null,
        };
        return [.. WebEditionBuilder.Build(input).Select(f => ($"{Folder}/{f.Name}", f.Bytes))];
    }
}
