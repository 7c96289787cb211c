using Haan.Report.Composition.Documents;

namespace Haan.Report.Composition.Content.Tables;

/// <summary>
/// One table type of <c>::: tabelle typ=…</c>: its name, its documented arguments and what it shows (the table in
/// docs/VORLAGEN.md is generated from these), and how it is built. Every type is registered in <see cref="TableTypes.All"/>.
/// </summary>
internal interface ITableType
{
    /// <summary>The value of <c>typ=</c>.</summary>
    string Name { get; }

    /// <summary>The arguments as documented (Markdown).</summary>
    string Arguments { get; }

    /// <summary>What the table shows (Markdown).</summary>
    string Shows { get; }

    TableContent Build(TableFactory factory, DirectiveArguments arguments);
}
