using System.Globalization;
using Haan.Report.Cli;

// German help texts from System.CommandLine's own resources; everything else is culture-invariant.
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");

// Progress with a spinner only on an interactive terminal; plain lines in CI, logs and pipes.
var interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected
    && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
    && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
return ReportCommandLine.Run(args, Console.Out, Console.Error, interactive);
