using System.Globalization;
using System.Text;

namespace Haan.Report.Composition.Publishing;

/// <summary>
/// The figures of a version as files for press and web: <c>abbildungen/abbildungen.csv</c> lists number, caption,
/// alt text (one-sentence description) and source of every figure, and with PNG export its file
/// <c>abbildungen/abbildung-NN.png</c> (300 dpi).
/// </summary>
internal static class FigureFiles
{
    public const string Folder = "abbildungen";

    public static IEnumerable<(string Name, byte[] Bytes)> Create(IReadOnlyList<FigureExport> figures)
    {
        if (figures.Count == 0)
        {
            yield break;
        }

        var csv = new StringBuilder();
        csv.Append("nr;beschriftung;bildbeschreibung;quelle;datei\r\n");
        foreach (var figure in figures)
        {
            var name = figure.Png is null
                ? string.Empty
                : $"abbildung-{int.Parse(figure.Number, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture)}.png";
            csv.Append(string.Join(';', figure.Number, Quote(figure.Caption), Quote(figure.AltText), Quote(figure.Source), name)).Append("\r\n");
            if (figure.Png is not null)
            {
                yield return ($"{Folder}/{name}", figure.Png);
            }
        }

        // UTF-8 with BOM and semicolons: opens correctly in German Excel.
        yield return ($"{Folder}/abbildungen.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())]);
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
