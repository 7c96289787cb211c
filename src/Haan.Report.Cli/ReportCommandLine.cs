using System.CommandLine;
using System.Globalization;
using Haan.Report.Composition;
using Haan.Report.Composition.Publishing;
using Haan.Report.Indicators.Catalogue;
using Spectre.Console;

namespace Haan.Report.Cli;

/// <summary>The command-line interface: commands, options, German messages and exit codes.</summary>
public static class ReportCommandLine
{
    private const string HelpHint = "Hilfe: dotnet run --project src/Haan.Report.Cli -- --help";

    /// <summary>Runs one command. <paramref name="interactive"/>: stdout and stderr are a terminal (spinner, colours).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool interactive = false)
    {
        var dataOption = new Option<DirectoryInfo>("--data")
        {
            Description = "Ordner mit den Eingangsdaten (CSV, GeoJSON) und dem Indikatorenkatalog",
            DefaultValueFactory = _ => new DirectoryInfo("data"),
            HelpName = "ORDNER",
        };
        var templatesOption = new Option<DirectoryInfo>("--templates")
        {
            Description = "Ordner mit den Berichtsvorlagen, Schriften und bericht.json",
            DefaultValueFactory = _ => new DirectoryInfo("templates"),
            HelpName = "ORDNER",
        };
        var outOption = new Option<DirectoryInfo>("--out")
        {
            Description = "Ausgabeordner; jede Version landet in <Ausgabe>/<Berichtsjahr>/v<Version>/",
            DefaultValueFactory = _ => new DirectoryInfo("output"),
            HelpName = "ORDNER",
        };
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
        var draftOption = new Option<bool>("--entwurf")
        {
            Description = "Arbeitsstand nach <Ausgabe>/<Jahr>/entwurf/ schreiben (ersetzt den vorigen Entwurf, veröffentlicht keine Version)",
        };
        var pngOption = new Option<bool>("--abbildungen")
        {
            Description = "Zusätzlich jede Abbildung als PNG (300 dpi) nach <Version>/abbildungen/ schreiben (für Presse und Web)",
        };
        var verboseOption = new Option<bool>("--verbose")
        {
            Description = "Ausführliche Ausgabe; bei Fehlern technische Details (Stacktrace)",
            Recursive = true,
        };
        var quietOption = new Option<bool>("--quiet")
        {
            Description = "Nur Fehler ausgeben (kein Fortschritt, keine Erfolgsmeldung)",
            Recursive = true,
        };

        var build = new Command("build", """
            Erstellt den Bericht als PDF aus Daten und Vorlagen und legt ihn als Version ab:
            <Ausgabe>/<Jahr>/v<Version>/ mit PDF, Berichtstext (Markdown), Indikatortabellen (CSV, XLSX) und manifest.json.
            Eine veröffentlichte Version wird nie überschrieben; für eine Korrektur „version“ in bericht.json erhöhen.

            Beispiele:
              haan-report build
              haan-report build --data data --templates templates --out output
              haan-report build --entwurf             Arbeitsstand ansehen, ohne eine Version zu veröffentlichen
              haan-report build --abbildungen         zusätzlich alle Abbildungen als PNG für Presse und Web
            """)
        {
            dataOption, templatesOption, outOption, draftOption, pngOption,
        };
        build.SetAction(result => Execute(result, verboseOption, quietOption, error, () =>
        {
            var mode = Mode(result, quietOption, interactive);
            var report = ConsoleProgress.Run(mode, output, progress => ReportBuilder.Build(new BuildRequest(
                result.GetValue(dataOption)!.FullName,
                result.GetValue(templatesOption)!.FullName,
                result.GetValue(outOption)!.FullName) { Draft = result.GetValue(draftOption), FigurePngs = result.GetValue(pngOption) }, progress));
            if (mode == OutputMode.Quiet)
            {
                return;
            }

            foreach (var warning in report.Warnings)
            {
                error.WriteLine($"Hinweis: {warning}");
            }

            if (report.Unchanged)
            {
                output.WriteLine($"Bericht unverändert: {DisplayPath.Of(report.PdfPath)} ({report.PageCount} Seiten) – diese Version ist bereits mit denselben Eingaben veröffentlicht.");
                return;
            }

            var what = result.GetValue(draftOption) ? "Entwurf erstellt (keine veröffentlichte Version)" : "Bericht erstellt";
            output.WriteLine($"{what}: {DisplayPath.Of(report.PdfPath)} ({report.PageCount} Seiten)");
            output.WriteLine($"Ordner: {DisplayPath.Of(report.Folder)} (PDF, Markdown, CSV, XLSX, {ReportManifest.FileName})");
            output.WriteLine(report.Changes is { } changes
                ? $"Änderungsprotokoll gegenüber Version {changes.OldVersion}: {changes.Values.Count} geänderte Werte, {changes.Sentences.Count} geänderte Textstellen."
                : "Erste Version dieses Berichtsjahres – kein Änderungsprotokoll.");
        }));

        var validate = new Command("validate", """
            Prüft Daten, Indikatorenkatalog, Vorlagen und bericht.json, ohne etwas zu schreiben.

            Beispiel:
              haan-report validate --data data --templates templates
            """)
        {
            dataOption, templatesOption,
        };
        validate.SetAction(result => Execute(result, verboseOption, quietOption, error, () =>
        {
            ReportBuilder.Validate(result.GetValue(dataOption)!.FullName, result.GetValue(templatesOption)!.FullName);
            if (!result.GetValue(quietOption))
            {
                output.WriteLine("Prüfung bestanden: Daten und Vorlagen sind in Ordnung.");
            }
        }));

        var diff = new Command("diff", """
            Vergleicht zwei veröffentlichte Versionen (ihre manifest.json und Berichtstexte) und listet geänderte
            Eingabedateien, Werte (Indikator, Gebiet, Jahr, bisher → neu) und Sätze.

            Beispiel:
              haan-report diff --alt output/2023/v1.0.0 --neu output/2023/v1.0.1
            """)
        {
            oldOption, newOption,
        };
        diff.SetAction(result => Execute(result, verboseOption, quietOption, error, () =>
        {
            var comparison = ReportComparison.Compare(
                VersionFolder.ReadFolder(result.GetValue(oldOption)!.FullName),
                VersionFolder.ReadFolder(result.GetValue(newOption)!.FullName));
            WriteComparison(comparison, output);
        }));

        var indicators = new Command("indikatoren", """
            Listet den Indikatorenkatalog: Kennung, Name, Einheit und Thema jedes Indikators.

            Beispiel:
              haan-report indikatoren --data data
            """)
        {
            dataOption,
        };
        indicators.SetAction(result => Execute(result, verboseOption, quietOption, error, () =>
        {
            var path = Path.Combine(result.GetValue(dataOption)!.FullName, ReportBuilder.CatalogueFile);
            WriteCatalogue(LoadCatalogue(path), output, interactive);
        }));

        var root = new RootCommand("""
            Haan.Report – erstellt den Sozial- und Armutsbericht der Stadt Haan als versioniertes PDF.

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

            error.WriteLine(HelpHint);
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

    private static OutputMode Mode(ParseResult result, Option<bool> quiet, bool interactive) =>
        result.GetValue(quiet) ? OutputMode.Quiet : interactive ? OutputMode.Interactive : OutputMode.Plain;

    private static IndicatorCatalogue LoadCatalogue(string path)
    {
        if (!File.Exists(path))
        {
            throw new ReportInputException([new ReportProblem($"{DisplayPath.Of(path)}: Der Indikatorenkatalog fehlt. Er gehört in den Datenordner (--data).")]);
        }

        if (Haan.Report.Data.InputFileCheck.Problem(Path.GetDirectoryName(path)!, path) is { } notRegular)
        {
            throw new ReportInputException([new ReportProblem($"{DisplayPath.Of(path)}: {notRegular}")]);
        }

        try
        {
            return IndicatorCatalogue.Load(path);
        }
        catch (CatalogueValidationException e)
        {
            throw new ReportInputException([.. e.Errors.Select(x => new ReportProblem(x.Message))]);
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

    private static int Execute(ParseResult result, Option<bool> verboseOption, Option<bool> quietOption, TextWriter error, Action action)
    {
        var verbose = result.GetValue(verboseOption);
        if (verbose && result.GetValue(quietOption))
        {
            error.WriteLine("Fehler: --quiet und --verbose schließen sich aus.");
            error.WriteLine(HelpHint);
            return ExitCodes.Usage;
        }

        try
        {
            action();
            return ExitCodes.Success;
        }
        catch (ReportInputException e)
        {
            error.WriteLine($"Fehler: {e.Problems.Count} Problem(e) in den Eingaben. Es wurde nichts geschrieben.");
            foreach (var problem in e.Problems)
            {
                error.WriteLine($"  - {problem.Message}");
                if (verbose && problem.Detail is { } detail)
                {
                    // The template engine's original (English) message, for reporting a wrong translation.
                    error.WriteLine($"    Originalmeldung: {detail}");
                }
            }

            if (verbose)
            {
                error.WriteLine(e.ToString());
            }

            return ExitCodes.InvalidInput;
        }
        catch (VersionConflictException e)
        {
            error.WriteLine($"Fehler: {e.Message}");
            if (verbose)
            {
                error.WriteLine(e.ToString());
            }

            return ExitCodes.VersionExists;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Fehler beim Lesen oder Schreiben: {Haan.Report.Data.FileSystemErrors.Describe(e)}.");
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
