namespace Haan.Report.Data;

/// <summary>German descriptions of file-system failures (the .NET messages are English and name no remedy).</summary>
public static class FileSystemErrors
{
    private const int NoSpace = 28;          // ENOSPC
    private const int ReadOnlyFileSystem = 30; // EROFS
    private const int QuotaExceeded = 122;   // EDQUOT
    private const int NameTooLong = 36;      // ENAMETOOLONG
    private const int TooManyLinks = 40;     // ELOOP

    /// <summary>What went wrong, in German, without the path (the caller names it).</summary>
    public static string Describe(Exception e) => e switch
    {
        PathTooLongException => "Der Pfad ist zu lang; wählen Sie einen kürzeren Ordner",
        UnauthorizedAccessException => "keine Berechtigung zum Schreiben oder Lesen",
        DirectoryNotFoundException => "ein Ordner im Pfad fehlt",
        FileNotFoundException => "die Datei fehlt",
        IOException { HResult: NoSpace or QuotaExceeded } => "Der Datenträger ist voll oder das Speicherkontingent erschöpft",
        IOException { HResult: ReadOnlyFileSystem } => "Das Dateisystem ist schreibgeschützt",
        IOException { HResult: NameTooLong } => "Der Pfad ist zu lang; wählen Sie einen kürzeren Ordner",
        IOException { HResult: TooManyLinks } => "Verknüpfungen (Symlinks) im Pfad zeigen im Kreis",
        IOException when e.Message.Contains("exist", StringComparison.OrdinalIgnoreCase) => "ein Eintrag mit diesem Namen existiert bereits",
        _ => $"Fehler des Dateisystems: {e.Message}",
    };
}
