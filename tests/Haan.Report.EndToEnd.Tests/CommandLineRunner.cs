using Haan.Report.Cli;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>Runs the command line in-process and captures its output and exit code.</summary>
internal static class CommandLineRunner
{
    private static readonly Lock Gate = new();

    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(params string[] args)
    {
        // The CLI sets the UI culture (German help); serialise runs so tests do not race on it.
        lock (Gate)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = ReportCommandLine.Run(args, output, error);
            return new Result(code, output.ToString(), error.ToString());
        }
    }
}
