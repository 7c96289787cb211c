using System.CommandLine;
using Haan.Report.Composition;

namespace Haan.Report.Cli.Commands;

/// <summary><c>validate</c>: runs everything <c>build</c> runs except writing files.</summary>
internal static class ValidateCommand
{
    public static Command Create(CommandOptions options, TextWriter output, TextWriter error)
    {
        var dataOption = options.Data;
        var templatesOption = options.Templates;
        var verboseOption = options.Verbose;
        var quietOption = options.Quiet;
        var validate = new Command("validate", """
            Prüft Daten, Indikatorenkatalog, Vorlagen und bericht.json und setzt den Bericht wie „build“
            (mit Seitenlayout), ohne etwas zu schreiben: Was „build“ ablehnen würde, meldet schon „validate“.

            Beispiel:
              haan-report validate --data data --templates templates
            """)
        {
            dataOption, templatesOption,
        };
        validate.SetAction(result => CommandExecution.Execute(result, verboseOption, quietOption, error, () =>
        {
            var warnings = ReportBuilder.Validate(result.GetValue(dataOption)!.FullName, result.GetValue(templatesOption)!.FullName);
            if (!result.GetValue(quietOption))
            {
                foreach (var warning in warnings)
                {
                    error.WriteLine(ReportBuilder.WarningLine(warning));
                }

                output.WriteLine(warnings.Count == 0
                    ? "Prüfung bestanden: Daten und Vorlagen sind in Ordnung."
                    : $"Prüfung bestanden mit {(warnings.Count == 1 ? "einem Hinweis" : $"{warnings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} Hinweisen")} (siehe oben): Der Bericht kann erstellt werden; bitte die Hinweise prüfen.");
            }
        }));
        return validate;
    }
}
