using Haan.Report.Diagnostics;
using System.CommandLine;
using Haan.Report.Composition;
using Haan.Report.Composition.Publishing;

namespace Haan.Report.Cli;

/// <summary>Runs a command's action and turns its outcome into German messages and an exit code (see <see cref="ExitCodes"/>).</summary>
internal static class CommandExecution
{
    public const string HelpHint = "Hilfe: dotnet run --project src/Haan.Report.Cli -- --help";

    public static OutputMode Mode(ParseResult result, Option<bool> quiet, bool interactive) =>
        result.GetValue(quiet) ? OutputMode.Quiet : interactive ? OutputMode.Interactive : OutputMode.Plain;

    public static int Execute(ParseResult result, Option<bool> verboseOption, Option<bool> quietOption, TextWriter error, Action action)
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
        catch (ProblemException e)
        {
            error.WriteLine($"Fehler: {e.Problems.Count} Problem(e) in den Eingaben. Es wurde nichts geschrieben.");
            foreach (var problem in e.Problems)
            {
                error.WriteLine($"  - {problem}");
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
