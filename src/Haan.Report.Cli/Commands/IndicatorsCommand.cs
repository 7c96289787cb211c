using Haan.Report.Diagnostics;
using Haan.Report.Composition.Text;
using System.CommandLine;
using System.Globalization;
using Haan.Report.Composition;
using Haan.Report.Indicators.Catalogue;
using Spectre.Console;

namespace Haan.Report.Cli.Commands;

/// <summary><c>indikatoren</c>: lists the indicator catalogue.</summary>
internal static class IndicatorsCommand
{
    public static Command Create(CommandOptions options, TextWriter output, TextWriter error, bool interactive)
    {
        var dataOption = options.Data;
        var verboseOption = options.Verbose;
        var quietOption = options.Quiet;
        var indicators = new Command("indikatoren", """
            Listet den Indikatorenkatalog: Kennung, Name, Einheit und Thema jedes Indikators.

            Beispiel:
              haan-report indikatoren --data data
            """)
        {
            dataOption,
        };
        indicators.SetAction(result => CommandExecution.Execute(result, verboseOption, quietOption, error, () =>
        {
            var path = Path.Combine(result.GetValue(dataOption)!.FullName, ReportBuilder.CatalogueFile);
            WriteCatalogue(LoadCatalogue(path), output, interactive);
        }));
        return indicators;
    }

    private static IndicatorCatalogue LoadCatalogue(string path)
    {
        if (!File.Exists(path))
        {
            throw new ProblemException(ReportMessages.CatalogueMissing(new ProblemLocation(DisplayPath.Of(path)), nameOption: true));
        }

        if (Haan.Report.Data.InputFileCheck.Problem(Path.GetDirectoryName(path)!, path) is { } notRegular)
        {
            throw new ProblemException(ReportMessages.NotARegularFile(new ProblemLocation(DisplayPath.Of(path)), notRegular));
        }

        try
        {
            return IndicatorCatalogue.Load(path);
        }
        catch (CatalogueValidationException e)
        {
            throw new ProblemException([.. e.Errors.Select(x => x.ToProblem())]);
        }
    }

    private static void WriteCatalogue(IndicatorCatalogue catalogue, TextWriter output, bool interactive)
    {
        if (interactive)
        {
            var table = new Table().AddColumns("Kennung", "Name", "Einheit", "Thema");
            foreach (var d in catalogue.Indicators)
            {
                table.AddRow(Markup.Escape(d.Id), Markup.Escape(d.Name), Markup.Escape(d.Unit), Markup.Escape(d.Topic));
            }

            AnsiConsole.Write(table);
        }
        else
        {
            string[] header = ["Kennung", "Name", "Einheit", "Thema"];
            var rows = catalogue.Indicators.Select(d => new[] { d.Id, d.Name, d.Unit, d.Topic }).Prepend(header).ToList();
            var widths = Enumerable.Range(0, 3).Select(c => rows.Max(r => r[c].Length)).ToArray();
            foreach (var row in rows)
            {
                output.WriteLine($"{row[0].PadRight(widths[0])}  {row[1].PadRight(widths[1])}  {row[2].PadRight(widths[2])}  {row[3]}".TrimEnd());
            }
        }

        output.WriteLine($"{catalogue.Indicators.Count.ToString(CultureInfo.InvariantCulture)} Indikatoren in {catalogue.Topics.Count.ToString(CultureInfo.InvariantCulture)} Themen.");
    }
}
