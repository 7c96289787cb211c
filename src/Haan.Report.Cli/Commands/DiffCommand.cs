using System.CommandLine;
using System.Globalization;
using Haan.Report.Composition.Publishing;

namespace Haan.Report.Cli.Commands;

/// <summary><c>diff</c>: compares two published versions (values, sentences, input files).</summary>
internal static class DiffCommand
{
    public static Command Create(CommandOptions options, TextWriter output, TextWriter error)
    {
        var verboseOption = options.Verbose;
        var quietOption = options.Quiet;
        var oldOption = new Option<DirectoryInfo>("--alt")
        {
            Description = "Ordner der früheren Version, z. B. output/2023/v1.0.0",
            Required = true,
            HelpName = "ORDNER",
        };
        var newOption = new Option<DirectoryInfo>("--neu")
        {
            Description = "Ordner der neueren Version, z. B. output/2023/v1.0.1",
            Required = true,
            HelpName = "ORDNER",
        };
        var diff = new Command("diff", """
            Vergleicht zwei veröffentlichte Versionen (ihre manifest.json und Berichtstexte) und listet geänderte
            Eingabedateien, Werte (Indikator, Gebiet, Jahr, bisher → neu) und Sätze.

            Beispiel:
              haan-report diff --alt output/2023/v1.0.0 --neu output/2023/v1.0.1
            """)
        {
            oldOption, newOption,
        };
        diff.SetAction(result => CommandExecution.Execute(result, verboseOption, quietOption, error, () =>
        {
            var comparison = ReportComparison.Compare(
                VersionFolder.ReadFolder(result.GetValue(oldOption)!.FullName),
                VersionFolder.ReadFolder(result.GetValue(newOption)!.FullName));
            WriteComparison(comparison, output);
        }));
        return diff;
    }

    private static void WriteComparison(ReportComparison comparison, TextWriter output)
    {
        output.WriteLine($"Vergleich Version {comparison.OldVersion} → {comparison.NewVersion}");
        output.WriteLine();
        output.WriteLine($"Geänderte Eingabedateien ({comparison.ChangedInputs.Count}):");
        foreach (var input in comparison.ChangedInputs)
        {
            output.WriteLine($"  {input}");
        }

        output.WriteLine();
        output.WriteLine($"Geänderte Werte ({comparison.Values.Count}):");
        foreach (var change in comparison.Values)
        {
            output.WriteLine($"  {change.IndicatorName} [{change.IndicatorId}] · {change.AreaName} [{change.AreaId}] · {change.Year.ToString(CultureInfo.InvariantCulture)}: {change.Describe()}");
        }

        output.WriteLine();
        output.WriteLine($"Geänderte Sätze ({comparison.Sentences.Count}):");
        foreach (var change in comparison.Sentences)
        {
            foreach (var removed in change.Removed)
            {
                output.WriteLine($"  - bisher: {removed}");
            }

            foreach (var added in change.Added)
            {
                output.WriteLine($"  + neu:    {added}");
            }

            output.WriteLine();
        }

        if (!comparison.HasChanges)
        {
            output.WriteLine("Keine Unterschiede in Werten und Texten.");
        }
    }
}
