using Haan.Report.Layout;
using Haan.Report.Templates.Markdown;

namespace Haan.Report.Composition.Documents.Blocks;

/// <summary>
/// One directive (custom container <c>::: name …</c>): its name, its documented syntax and what it produces (the table
/// in docs/VORLAGEN.md is generated from these), and how it is composed. Every directive is registered in
/// <see cref="DirectiveTypes.All"/>.
/// </summary>
internal interface IDirectiveType
{
    /// <summary>The name after „:::“.</summary>
    string Name { get; }

    /// <summary>How it is written (Markdown).</summary>
    string Syntax { get; }

    /// <summary>What it produces (Markdown).</summary>
    string Shows { get; }

    Element Build(DocumentComposer composer, string file, DocDirective directive);
}
