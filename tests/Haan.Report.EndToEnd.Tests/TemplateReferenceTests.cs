using Haan.Report.Diagnostics;
using Haan.Report.Composition;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// Issue 16, item 6: the directive, figure-type and table-type tables of docs/VORLAGEN.md are generated from the one
/// registry of each (like docs/METHODEN.md from the catalogue), and an unknown type lists what the registry holds.
/// </summary>
public sealed class TemplateReferenceTests
{
    private static readonly string DocumentPath = Path.Combine(RepositoryPaths.Root, "docs", "VORLAGEN.md");

    [Fact]
    public void Committed_template_reference_is_up_to_date()
    {
        // Regenerate with: HAAN_UPDATE_VORLAGEN=1 dotnet test tests/Haan.Report.EndToEnd.Tests --filter TemplateReferenceTests
        var committed = File.ReadAllText(DocumentPath);
        var expected = TemplateReference.Update(committed);
        if (Environment.GetEnvironmentVariable("HAAN_UPDATE_VORLAGEN") == "1")
        {
            File.WriteAllText(DocumentPath, expected);
            committed = expected;
        }

        Assert.Equal(expected, committed);
    }

    [Fact]
    public void Registries_name_every_type_once_and_document_it()
    {
        var regions = TemplateReference.Regions().ToDictionary(r => r.Name, r => r.Table, StringComparer.Ordinal);

        Assert.Equal(["anweisungen", "abbildungen", "tabellen"], regions.Keys);
        foreach (var (name, table) in regions)
        {
            var rows = table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            Assert.True(rows.Count >= 8, name);
            var first = rows.Select(r => r.Split(" | ")[0]).ToList();
            Assert.Equal(first.Count, first.Distinct(StringComparer.Ordinal).Count());
            Assert.All(rows, r => Assert.DoesNotContain("|  |", r, StringComparison.Ordinal));
        }

        Assert.Contains("| `sozialmatrix` | `jahr` |", regions["abbildungen"], StringComparison.Ordinal);
        Assert.Contains("| `geheimhaltung` | – |", regions["tabellen"], StringComparison.Ordinal);
        Assert.Contains("| `::: hinweis` |", regions["anweisungen"], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_type_lists_every_registered_type()
    {
        using var temp = new TempFolder();
        var templates = temp.Combine("templates");
        RepositoryPaths.CopyDirectory(RepositoryPaths.Templates, templates);
        var chapter = Path.Combine(templates, "kapitel", "01-vorwort.md");
        File.WriteAllText(chapter, File.ReadAllText(chapter) +
            "\n::: abbildung typ=torte\nT\n:::\n\n::: tabelle typ=liste\nT\n:::\n\n::: kasten\nT\n:::\n");

        var exception = Assert.Throws<ProblemException>(() => ReportBuilder.Validate(RepositoryPaths.Data, templates));

        var messages = exception.Problems.Select(p => p.Message).ToList();
        var tables = TemplateReference.Regions().ToDictionary(r => r.Name, r => r.Table, StringComparer.Ordinal);
        Assert.Equal(3, messages.Count);
        AssertLists(messages[0], "Unbekannter Typ „torte“", tables["abbildungen"]);
        AssertLists(messages[1], "Unbekannter Typ „liste“", tables["tabellen"]);
        AssertLists(messages[2], "Unbekannte Anweisung „::: kasten“", tables["anweisungen"]);
    }

    /// <summary>The message starts the German text and names, after „Erlaubt:“, exactly the names of the documented table.</summary>
    private static void AssertLists(string message, string start, string table)
    {
        Assert.Contains(start, message, StringComparison.Ordinal);
        var allowed = message[(message.IndexOf("Erlaubt: ", StringComparison.Ordinal) + 9)..].TrimEnd('.').Split(", ");
        // First cell of each row: „`balken`“ or „`::: abbildung typ=… …`“ → the name.
        var documented = table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Select(r => r.Split(" | ")[0].TrimStart('|', ' ').Trim('`'))
            .Select(cell => cell.StartsWith(':') ? cell.Split(' ')[1] : cell)
            .ToList();
        Assert.Equal(documented, allowed);
    }
}
