using System.CommandLine;
using Haan.Report.Cli.Commands;

namespace Haan.Report.Cli;

/// <summary>The command-line interface: one class per command (<c>Commands/</c>), German help and exit codes.</summary>
public static class ReportCommandLine
{
    /// <summary>Runs one command. <paramref name="interactive"/>: stdout and stderr are a terminal (spinner, colours).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool interactive = false)
    {
        var options = new CommandOptions();
        var build = BuildCommand.Create(options, output, error, interactive);
        var validate = ValidateCommand.Create(options, output, error);
        var diff = DiffCommand.Create(options, output, error);
        var indicators = IndicatorsCommand.Create(options, output, error, interactive);
        var verboseOption = options.Verbose;
        var quietOption = options.Quiet;
        var root = new RootCommand("""
            Haan.Report – erstellt den Sozial- und Armutsbericht einer Stadt (Stadt und Kreis: templates/bericht.json) als versioniertes PDF.

            Beispiele:
              haan-report build                       Bericht aus data/ und templates/ nach output/ erstellen
              haan-report validate                    nur prüfen
              haan-report diff --alt output/2023/v1.0.0 --neu output/2023/v1.0.1
              haan-report indikatoren                 Indikatorenkatalog anzeigen
            (aus dem Quellcode: dotnet run --project src/Haan.Report.Cli -- <Befehl>)
            """)
        {
            build, validate, diff, indicators, verboseOption, quietOption,
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"Fehler: {parseError.Message}");
            }

            error.WriteLine(CommandExecution.HelpHint);
            return ExitCodes.Usage;
        }

        if (parse.Action is System.CommandLine.Help.HelpAction)
        {
            // System.CommandLine's German resources leave a few help headings in English.
            var help = new StringWriter();
            var code = parse.Invoke(new InvocationConfiguration { Output = help, Error = error });
            output.Write(GermanHelp(help.ToString()));
            return code;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static string GermanHelp(string help) => help
        .Replace("Description:", "Beschreibung:", StringComparison.Ordinal)
        .Replace("Usage:", "Nutzung:", StringComparison.Ordinal)
        .Replace("Options:", "Optionen:", StringComparison.Ordinal)
        .Replace("Commands:", "Befehle:", StringComparison.Ordinal)
        .Replace("[command] [options]", "[Befehl] [Optionen]", StringComparison.Ordinal)
        .Replace("[options]", "[Optionen]", StringComparison.Ordinal)
        .Replace("(REQUIRED)", "(Pflicht) ", StringComparison.Ordinal)
        .Replace("[default: ", "[Standard: ", StringComparison.Ordinal)
        .Replace("Show help and usage information", "Hilfe und Aufruf anzeigen", StringComparison.Ordinal);
}
