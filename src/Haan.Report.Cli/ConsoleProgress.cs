using Haan.Report.Composition.Publishing;
using Spectre.Console;

namespace Haan.Report.Cli;

// Several types in one file: the output mode exists only to choose the progress display.

/// <summary>Progress of a build: plain lines (CI, logs, tests) or a Spectre.Console spinner on a terminal.</summary>
internal static class ConsoleProgress
{
    /// <summary>Runs <paramref name="work"/> while showing its progress messages.</summary>
    public static T Run<T>(OutputMode mode, TextWriter output, Func<IBuildProgress, T> work)
    {
        switch (mode)
        {
            case OutputMode.Quiet:
                return work(IBuildProgress.None);
            case OutputMode.Interactive:
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                return console.Status().Spinner(Spinner.Known.Dots).Start("Bericht wird erstellt …", context =>
                    work(new SpinnerProgress(console, context)));
            default:
                return work(new LineProgress(output));
        }
    }

    private sealed class LineProgress(TextWriter output) : IBuildProgress
    {
        public void Report(string message) => output.WriteLine(message);
    }

    private sealed class SpinnerProgress(IAnsiConsole console, StatusContext context) : IBuildProgress
    {
        public void Report(string message)
        {
            console.MarkupLine($"[grey]{Markup.Escape(message)}[/]");
            context.Status(Markup.Escape(message));
        }
    }
}

/// <summary>How much the command line prints.</summary>
internal enum OutputMode
{
    /// <summary>Plain progress lines (not a terminal).</summary>
    Plain,

    /// <summary>Spinner and coloured progress (terminal).</summary>
    Interactive,

    /// <summary>Only errors (--quiet).</summary>
    Quiet,
}
