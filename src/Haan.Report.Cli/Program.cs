using System.CommandLine;
using System.Globalization;
using Haan.Report.Cli;

// German help texts from System.CommandLine's own resources; everything else is culture-invariant.
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");
return ReportCommandLine.Run(args, Console.Out, Console.Error);
