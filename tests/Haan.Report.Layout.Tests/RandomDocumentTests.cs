using System.Globalization;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace Haan.Report.Layout.Tests;

/// <summary>
/// Random documents (fixed seeds) mixing every element and keep rule: layout must finish, and every character of
/// the input text must appear exactly once in the dump — nothing lost, nothing duplicated across page breaks.
/// </summary>
public sealed partial class RandomDocumentTests
{
    private static readonly string[] Words =
        ["Haan", "Sozialraum", "Bevölkerung", "Einkommen", "und", "die", "der", "Kinder", "Wohnen", "Straße", "Größe",
         "Beschäftigung", "im", "Jahr", "2024", "Anteil", "Prozent", "Übersicht", "Entwicklung", "Haushalte"];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 25; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_character_is_laid_out_exactly_once(int seed)
    {
        var random = new Random(seed);
        var expected = 0;
        var column = new Column { Spacing = random.Next(0, 8) };
        for (var i = 0; i < 60; i++)
        {
            column.Add(RandomElement(random, ref expected, depth: 0));
        }

        var dump = LayoutDump.Render(TestDocuments.Single(column));
        var actual = TextLine().Matches(dump)
            .Select(m => m.Groups[1].Value)
            .Where(t => !t.StartsWith("Seite ", StringComparison.Ordinal))
            .Sum(CountVisible);
        Assert.Equal(expected, actual);
    }

    private static Element RandomElement(Random random, ref int expected, int depth)
    {
        var kind = random.Next(depth > 0 ? 6 : 13);
        switch (kind)
        {
            case 0 or 1 or 2:
                return Text(random, ref expected, random.Next(1, 60));
            case 3:
            {
                var list = new ListBlock(numbered: random.Next(2) == 0);
                var items = random.Next(1, 6);
                for (var i = 0; i < items; i++)
                {
                    list.Add(Text(random, ref expected, random.Next(1, 25)));
                    expected += list.Numbered ? CountVisible((i + 1).ToString(CultureInfo.InvariantCulture) + ".") : 1;
                }

                return list;
            }

            case 4:
            {
                var left = Text(random, ref expected, random.Next(1, 40));
                var right = Text(random, ref expected, random.Next(1, 40));
                return new Row { Spacing = 6 }.Relative(1, left).Fixed(random.Next(60, 200), right);
            }

            case 5:
                return new Box(Text(random, ref expected, random.Next(1, 40))) { Background = SKColors.Beige, Padding = random.Next(0, 10) };
            case 6:
            {
                var text = string.Join(" ", Enumerable.Range(0, random.Next(1, 6)).Select(_ => Words[random.Next(Words.Length)]));
                expected += CountVisible(text);
                return new Heading(random.Next(1, 4), text);
            }

            case 7:
            {
                var table = new Table("Zufall", TableColumn.Relative(2), TableColumn.Fixed(60, TextAlignment.Right));
                var rows = random.Next(1, 70);
                for (var r = 0; r < rows; r++)
                {
                    var name = Words[random.Next(Words.Length)];
                    var value = random.Next(100000).ToString(CultureInfo.InvariantCulture);
                    expected += CountVisible(name) + CountVisible(value);
                    table.AddRow(r == rows - 1 ? TableRowKind.Highlight : TableRowKind.Body, name, value);
                }

                return table;
            }

            case 8:
            {
                var inner = new Column { Spacing = 3 };
                var count = random.Next(1, 12);
                for (var i = 0; i < count; i++)
                {
                    inner.Add(RandomElement(random, ref expected, depth + 1));
                }

                return new KeepTogether(inner);
            }

            case 9:
                return new EnsureSpace(Text(random, ref expected, random.Next(1, 80)), random.Next(20, 400));
            case 10:
                return new Figure(new CanvasElement(random.Next(20, 300), (_, _) => { }), Text(random, ref expected, random.Next(1, 15)));
            case 11:
                return random.Next(2) == 0 ? new PageBreak() : new Spacer(random.Next(0, 900));
            default:
                return new KeepWithNext(Text(random, ref expected, random.Next(1, 10)));
        }
    }

    private static Paragraph Text(Random random, ref int expected, int words)
    {
        var text = string.Join(" ", Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
        expected += CountVisible(text);
        var alignment = (TextAlignment)random.Next(4);
        return random.Next(3) == 0
            ? new Paragraph(Span.Strong(text)) { Alignment = alignment }
            : new Paragraph(text) { Alignment = alignment, FontSize = random.Next(8, 14) };
    }

    private static int CountVisible(string text) => text.Count(c => !char.IsWhiteSpace(c));

    [GeneratedRegex("^p\\d+ text [0-9. ]+ \"(.*)\"$", RegexOptions.Multiline)]
    private static partial Regex TextLine();
}
