using System.CommandLine;
using Haan.Report.Composition;

namespace Haan.Report.Cli;

/// <summary>The command-line interface: commands, options, German messages and exit codes.</summary>
public static class ReportCommandLine
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var dataOption = new Option<DirectoryInfo>("--data")
        {
            Description = "Ordner mit den Eingangsdaten (CSV, GeoJSON)",
            DefaultValueFactory = _ => new DirectoryInfo("data"),
            HelpName = "ORDNER",
        };
        var templatesOption = new Option<DirectoryInfo>("--templates")
        {
            Description = "Ordner mit den Berichtsvorlagen und bericht.json",
            DefaultValueFactory = _ => new DirectoryInfo("templates"),
            HelpName = "ORDNER",
        };
        var outOption = new Option<DirectoryInfo>("--out")
        {
            Description = "Ausgabeordner für PDF und Begleitdateien",
            DefaultValueFactory = _ => new DirectoryInfo("output"),
            HelpName = "ORDNER",
        };
        var verboseOption = new Option<bool>("--verbose")
        {
            Description = "Bei Fehlern technische Details (Stacktrace) ausgeben",
            Recursive = true,
        };

        var build = new Command("build", "Erstellt den Bericht als PDF aus Daten und Vorlagen.")
        {
            dataOption, templatesOption, outOption,
        };
        build.SetAction(result => Execute(result.GetValue(verboseOption), error, () =>
        {
            var report = ReportBuilder.Build(new BuildRequest(
                result.GetValue(dataOption)!.FullName,
                result.GetValue(templatesOption)!.FullName,
                result.GetValue(outOption)!.FullName));
            foreach (var warning in report.Warnings)
            {
                error.WriteLine($"Hinweis: {warning}");
            }

            output.WriteLine($"Bericht erstellt: {DisplayPath.Of(report.PdfPath)} ({report.PageCount} Seiten)");
            output.WriteLine($"Berichtstext (Markdown): {DisplayPath.Of(report.MarkdownPath)}");
        }));

        var validate = new Command("validate", "Prüft Daten und Vorlagen, ohne ein PDF zu erzeugen.")
        {
            dataOption, templatesOption,
        };
        validate.SetAction(result => Execute(result.GetValue(verboseOption), error, () =>
        {
            ReportBuilder.Validate(result.GetValue(dataOption)!.FullName, result.GetValue(templatesOption)!.FullName);
            output.WriteLine("Prüfung bestanden: Daten und Vorlagen sind in Ordnung.");
        }));

        var root = new RootCommand("Haan.Report – erstellt den Sozial- und Armutsbericht der Stadt Haan als PDF.")
        {
            build, validate, verboseOption,
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"Fehler: {parseError.Message}");
            }

            error.WriteLine("Hilfe: dotnet run --project src/Haan.Report.Cli -- --help");
            return ExitCodes.Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static int Execute(bool verbose, TextWriter error, Action action)
    {
        try
        {
            action();
            return ExitCodes.Success;
        }
        catch (ReportInputException e)
        {
            error.WriteLine($"Der Bericht wurde nicht erstellt: {e.Problems.Count} Problem(e) in den Eingaben.");
            foreach (var problem in e.Problems)
            {
                error.WriteLine($"  - {problem.Message}");
            }

            if (verbose)
            {
                error.WriteLine(e.ToString());
            }

            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Fehler beim Lesen oder Schreiben: {e.Message}");
            if (verbose)
            {
                error.WriteLine(e.ToString());
            }

            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (!verbose)
        {
            error.WriteLine($"Interner Fehler ({e.GetType().Name}): {e.Message}");
            error.WriteLine("Das ist ein Programmfehler, kein Fehler in Ihren Daten. Bitte mit der Ausgabe von --verbose melden.");
            return ExitCodes.InternalError;
        }
    }
}
