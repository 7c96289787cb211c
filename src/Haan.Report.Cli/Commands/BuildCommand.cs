using System.CommandLine;
using Haan.Report.Composition;
using Haan.Report.Composition.Publishing;

namespace Haan.Report.Cli.Commands;

/// <summary><c>build</c>: builds the report and publishes it as a version folder.</summary>
internal static class BuildCommand
{
    public static Command Create(CommandOptions options, TextWriter output, TextWriter error, bool interactive)
    {
        var dataOption = options.Data;
        var templatesOption = options.Templates;
        var verboseOption = options.Verbose;
        var quietOption = options.Quiet;
        var outOption = new Option<DirectoryInfo>("--out")
        {
            Description = "Ausgabeordner; jede Version landet in <Ausgabe>/<Berichtsjahr>/v<Version>/",
            DefaultValueFactory = _ => new DirectoryInfo("output"),
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
        build.SetAction(result => CommandExecution.Execute(result, verboseOption, quietOption, error, () =>
        {
            var mode = CommandExecution.Mode(result, quietOption, interactive);
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
                error.WriteLine(ReportBuilder.WarningLine(warning));
            }

            if (report.Unchanged)
            {
                output.WriteLine($"Bericht unverändert: {DisplayPath.Of(report.PdfPath)} ({report.PageCount} Seiten) – diese Version ist bereits mit denselben Eingaben veröffentlicht.");
                return;
            }

            var what = result.GetValue(draftOption) ? "Entwurf erstellt (keine veröffentlichte Version)" : "Bericht erstellt";
            output.WriteLine($"{what}: {DisplayPath.Of(report.PdfPath)} ({report.PageCount} Seiten)");
            output.WriteLine($"Ordner: {DisplayPath.Of(report.Folder)} (PDF, Webausgabe html/, Markdown, CSV, XLSX, kommonitor/, {ReportManifest.FileName})");
            output.WriteLine(report.Changes is { } changes
                ? $"Änderungsprotokoll gegenüber Version {changes.OldVersion}: {changes.Values.Count} geänderte Werte, {changes.Sentences.Count} geänderte Textstellen."
                : "Erste Version dieses Berichtsjahres – kein Änderungsprotokoll.");
        }));
        return build;
    }
}
