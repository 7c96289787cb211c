using Haan.Report.Layout;
using Haan.Report.Templates.Markdown;

namespace Haan.Report.Composition.Documents.Blocks;

/// <summary>::: inhaltsverzeichnis: Inhaltsverzeichnis (Kapitel und Abschnitte mit Seitenzahlen).</summary>
internal sealed class ContentsDirective : IDirectiveType
{
    public string Name => Directives.Contents;

    public string Syntax => "`::: inhaltsverzeichnis`";

    public string Shows => "Inhaltsverzeichnis (Kapitel und Abschnitte mit Seitenzahlen)";

    public Element Build(DocumentComposer composer, string file, DocDirective directive) => new TableOfContents { MaxLevel = 2 };
}
