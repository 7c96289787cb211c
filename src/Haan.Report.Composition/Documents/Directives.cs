namespace Haan.Report.Composition.Documents;

/// <summary>Names of the directives (custom containers) templates may use; each is registered in <see cref="Blocks.DirectiveTypes"/>.</summary>
internal static class Directives
{
    public const string Figure = "abbildung";
    public const string Table = "tabelle";
    public const string Notice = "hinweis";
    public const string PageBreak = "seitenumbruch";
    public const string Contents = "inhaltsverzeichnis";
    public const string ListOfFigures = "abbildungsverzeichnis";
    public const string ListOfTables = "tabellenverzeichnis";
    public const string Row = "reihe";
}
