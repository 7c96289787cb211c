using System.Text;
using Haan.Report.Composition.Content.Figures;
using Haan.Report.Composition.Content.Tables;
using Haan.Report.Composition.Documents.Blocks;

namespace Haan.Report.Composition;

/// <summary>
/// The tables of directives, figure types and table types in docs/VORLAGEN.md, generated from the registries
/// (<see cref="DirectiveTypes"/>, <see cref="FigureTypes"/>, <see cref="TableTypes"/>), so the documentation cannot
/// drift from what the program accepts. Each table stands between <c>&lt;!-- generiert: name --&gt;</c> and
/// <c>&lt;!-- ende: name --&gt;</c>.
/// </summary>
public static class TemplateReference
{
    /// <summary>The generated regions: name → table.</summary>
    public static IReadOnlyList<(string Name, string Table)> Regions() =>
    [
        ("anweisungen", Table(["Block", "ergibt"], DirectiveTypes.All.Select(t => new[] { t.Syntax, t.Shows }))),
        ("abbildungen", Table(["`typ=` (Abbildung)", "Argumente", "zeigt"], FigureTypes.All.Select(t => new[] { $"`{t.Name}`", t.Arguments, t.Shows }))),
        ("tabellen", Table(["`typ=` (Tabelle)", "Argumente", "zeigt"], TableTypes.All.Select(t => new[] { $"`{t.Name}`", t.Arguments, t.Shows }))),
    ];

    /// <summary><paramref name="document"/> with every generated region replaced by the current table.</summary>
    public static string Update(string document)
    {
        foreach (var (name, table) in Regions())
        {
            var start = $"<!-- generiert: {name} -->\n";
            var end = $"<!-- ende: {name} -->";
            var from = document.IndexOf(start, StringComparison.Ordinal);
            var to = document.IndexOf(end, StringComparison.Ordinal);
            if (from < 0 || to < from)
            {
                throw new InvalidOperationException($"docs/VORLAGEN.md: the region „{name}“ is missing ({start.Trim()} … {end}).");
            }

            document = document[..(from + start.Length)] + table + document[to..];
        }

        return document;
    }

    private static string Table(string[] header, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder();
        text.Append("| ").Append(string.Join(" | ", header)).Append(" |\n");
        text.Append('|').Append(string.Concat(header.Select(_ => "---|"))).Append('\n');
        foreach (var row in rows)
        {
            text.Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
        }

        return text.ToString();
    }
}
