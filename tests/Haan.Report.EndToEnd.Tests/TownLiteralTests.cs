using System.Text;
using System.Text.RegularExpressions;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// The town's identity (name, AGS, Kreis, number of Sozialräume) comes from bericht.json and the data, never from code:
/// no string literal in src/ (outside the Haan data generator) names Haan, carries a Kreis Mettmann AGS or the number
/// of Haan's Sozialräume. Comments may mention Haan as an example; the product name „Haan.Report“ is not the town.
/// </summary>
public sealed partial class TownLiteralTests
{
    /// <summary>The generator writes Haan's demonstration data on purpose; it is the one project allowed to name the town.</summary>
    private const string Exempt = "Haan.Report.DataGenerator";

    [Fact]
    public void No_string_literal_in_src_names_the_town()
    {
        var offences = new StringBuilder();
        var src = Path.Combine(RepositoryPaths.Root, "src");
        var files = Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(src, f).Replace('\\', '/').Split('/').Any(p => p is "bin" or "obj" or Exempt))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count > 100, $"Nur {files.Count} Quelldateien gefunden unter {src}.");
        foreach (var file in files)
        {
            foreach (var offence in Offences(File.ReadAllText(file)))
            {
                offences.AppendLine($"src/{Path.GetRelativePath(src, file).Replace('\\', '/')}, Zeile {offence.Line}, Spalte {offence.Column}: {offence.What} in {offence.Literal}");
            }
        }

        Assert.True(offences.Length == 0,
            "Die Stadt kommt aus templates/bericht.json („stadt“, „kreis“, „kopfzeile“, „titelzeile“, „dateiname“) und den Daten, nicht aus dem Code:\n" + offences);
    }

    [Fact]
    public void The_scan_finds_town_literals_and_ignores_comments_and_the_product_name()
    {
        const string code = """"
            // Stadt Haan in a comment is fine
            /* "Haan" in a block comment too */
            var product = "Haan.Report";
            var a = "Sozial- und Armutsbericht Haan";
            var b = $"Stadt Haan {year}";
            var c = @"AGS ""05158008""";
            var d = "HAAN";
            var e = "die sieben Sozialräume";
            var f = 'H';
            var g = "Hilden";
            var h = """
                raw Haan
                """;
            """";
        var found = Offences(code).ToList();
        Assert.Equal([(4, 9), (5, 9), (6, 9), (7, 9), (8, 9), (11, 9)], found.Select(o => (o.Line, o.Column)).ToList());
        Assert.Equal("„Haan“", found[0].What);
        Assert.Equal("„05158…“ (AGS im Kreis Mettmann)", found[2].What);
        Assert.Equal("„HAAN“", found[3].What);
        Assert.Equal("„sieben Sozialräume“ (Anzahl aus den Daten)", found[4].What);
    }

    /// <summary>Every string literal (regular, verbatim, interpolated, raw) of C# source that names the town.</summary>
    private static IEnumerable<(int Line, int Column, string What, string Literal)> Offences(string code)
    {
        foreach (var (line, column, text) in StringLiterals(code))
        {
            var what = TownName().IsMatch(text) ? "„Haan“"
                : TownKey().IsMatch(text) ? "„HAAN“"
                : text.Contains("05158", StringComparison.Ordinal) ? "„05158…“ (AGS im Kreis Mettmann)"
                : AreaCount().IsMatch(text) ? "„sieben Sozialräume“ (Anzahl aus den Daten)"
                : null;
            if (what is not null)
            {
                yield return (line, column, what, text.Length > 80 ? text[..80] + "…" : text);
            }
        }
    }

    /// <summary>
    /// The string literals of C# source with the line and column where each starts. Comments and character literals
    /// are skipped; an interpolated string's holes count as part of the literal (they rarely hold a town's name).
    /// </summary>
    private static List<(int Line, int Column, string Text)> StringLiterals(string code)
    {
        var result = new List<(int, int, string)>();
        var (line, lineStart, i) = (1, 0, 0);
        void Advance(int to)
        {
            for (; i < to && i < code.Length; i++)
            {
                if (code[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }
        }

        while (i < code.Length)
        {
            var rest = code.AsSpan(i);
            if (rest.StartsWith("//"))
            {
                var end = code.IndexOf('\n', i);
                Advance(end < 0 ? code.Length : end);
                continue;
            }

            if (rest.StartsWith("/*"))
            {
                var end = code.IndexOf("*/", i + 2, StringComparison.Ordinal);
                Advance(end < 0 ? code.Length : end + 2);
                continue;
            }

            if (code[i] == '\'')
            {
                var end = i + 1;
                while (end < code.Length && code[end] != '\'' && code[end] != '\n')
                {
                    end += code[end] == '\\' ? 2 : 1;
                }

                Advance(end + 1);
                continue;
            }

            var prefix = 0;
            while (prefix < 2 && i + prefix < code.Length && code[i + prefix] is '$' or '@')
            {
                prefix++;
            }

            if (i + prefix >= code.Length || code[i + prefix] != '"')
            {
                Advance(i + 1);
                continue;
            }

            var (startLine, startColumn) = (line, i - lineStart + 1);
            var open = i + prefix;
            var quotes = 0;
            while (open + quotes < code.Length && code[open + quotes] == '"')
            {
                quotes++;
            }

            int contentStart, contentEnd, after;
            if (quotes >= 3)
            {
                // Raw string literal: ends at the same number of quotes.
                var fence = new string('"', quotes);
                contentStart = open + quotes;
                contentEnd = code.IndexOf(fence, contentStart, StringComparison.Ordinal);
                contentEnd = contentEnd < 0 ? code.Length : contentEnd;
                after = contentEnd + quotes;
            }
            else if (quotes == 2)
            {
                // Empty string "".
                contentStart = contentEnd = open + 1;
                after = open + 2;
            }
            else
            {
                var verbatim = code.AsSpan(i, prefix).Contains('@');
                contentStart = open + 1;
                var end = contentStart;
                while (end < code.Length)
                {
                    if (!verbatim && code[end] == '\\')
                    {
                        end += 2;
                    }
                    else if (code[end] == '"' && verbatim && end + 1 < code.Length && code[end + 1] == '"')
                    {
                        end += 2;
                    }
                    else if (code[end] == '"' || (!verbatim && code[end] == '\n'))
                    {
                        break;
                    }
                    else
                    {
                        end++;
                    }
                }

                contentEnd = Math.Min(end, code.Length);
                after = contentEnd + 1;
            }

            result.Add((startLine, startColumn, code[contentStart..contentEnd]));
            Advance(after);
        }

        return result;
    }

    /// <summary>„Haan“ as a word, but not the product name „Haan.Report“.</summary>
    [GeneratedRegex(@"\bHaan(?!\.Report)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TownName();

    /// <summary>The former town key „HAAN“ as a word.</summary>
    [GeneratedRegex(@"(?<![A-Za-z_])HAAN(?![A-Za-z_])", RegexOptions.CultureInvariant)]
    private static partial Regex TownKey();

    [GeneratedRegex(@"sieben\s+Sozialr", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AreaCount();
}
