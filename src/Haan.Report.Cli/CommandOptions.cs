using System.CommandLine;

namespace Haan.Report.Cli;

/// <summary>The options the commands share, created once per run (System.CommandLine options belong to one parse tree).</summary>
internal sealed class CommandOptions
{
    public Option<DirectoryInfo> Data { get; } = new("--data")
    {
        Description = "Ordner mit den Eingangsdaten (CSV, GeoJSON) und dem Indikatorenkatalog",
        DefaultValueFactory = _ => new DirectoryInfo("data"),
        HelpName = "ORDNER",
    };

    public Option<DirectoryInfo> Templates { get; } = new("--templates")
    {
        Description = "Ordner mit den Berichtsvorlagen, Schriften und bericht.json",
        DefaultValueFactory = _ => new DirectoryInfo("templates"),
        HelpName = "ORDNER",
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Ausführliche Ausgabe; bei Fehlern technische Details (Stacktrace)",
        Recursive = true,
    };

    public Option<bool> Quiet { get; } = new("--quiet")
    {
        Description = "Nur Fehler ausgeben (kein Fortschritt, keine Erfolgsmeldung)",
        Recursive = true,
    };
}
