using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// Splits the layout dump of the whole report into one review snapshot per chapter, so that a one-word edit gives a
/// local diff: pages are counted within the chapter (<c>S1</c>, <c>S2</c> …), positions are relative to the page body,
/// and the page furniture outside the body (running header and footer with the page number, which change for every
/// following page when one page more is set) goes into its own snapshot with the report's page numbers.
/// </summary>
internal static partial class LayoutChapters
{
    /// <summary>Snapshot name of the title page and everything before the first chapter.</summary>
    public const string TitlePage = "titelseite";

    /// <summary>Snapshot name of the page furniture.</summary>
    public const string Furniture = "seitenrahmen";

    /// <summary>The chapter files and their first-level titles, in report order, from the filled Markdown.</summary>
    public static IReadOnlyList<(string Name, string Title)> Chapters(string filledMarkdown)
    {
        var chapters = new List<(string, string)>();
        string? file = null;
        foreach (var line in filledMarkdown.Split('\n'))
        {
            if (ChapterMarker().Match(line) is { Success: true } marker)
            {
                file = marker.Groups[1].Value;
            }
            else if (file is not null && line.StartsWith("# ", StringComparison.Ordinal))
            {
                chapters.Add((Path.GetFileNameWithoutExtension(file), Attributes().Replace(line[2..], string.Empty).Trim()));
                file = null;
            }
        }

        return chapters;
    }

    /// <summary>The snapshot texts by name: <see cref="TitlePage"/>, one per chapter, and <see cref="Furniture"/>.</summary>
    public static IReadOnlyList<(string Name, string Text)> Split(string dump, IReadOnlyList<(string Name, string Title)> chapters)
    {
        var pages = Pages(dump);
        var result = new List<(string Name, StringBuilder Text)> { (TitlePage, new StringBuilder()) };
        var furniture = new StringBuilder();
        var next = 0;
        var pageInChapter = 0;
        foreach (var page in pages)
        {
            if (next < chapters.Count && StartsChapter(page, chapters[next].Title))
            {
                result.Add((chapters[next].Name, new StringBuilder()));
                next++;
                pageInChapter = 0;
            }

            pageInChapter++;
            var text = result[^1].Text;
            foreach (var item in page.Items)
            {
                if (item.Kind is "page" or "body")
                {
                    continue;
                }

                if (page.Body.Contains(item))
                {
                    text.Append('S').Append(N(pageInChapter)).Append(' ').Append(item.Kind).Append(' ')
                        .Append(F(item.X - page.Body.X)).Append(' ').Append(F(item.Y - page.Body.Y)).Append(' ')
                        .Append(F(item.Width)).Append(' ').Append(F(item.Height)).Append(item.Rest).Append('\n');
                }
                else
                {
                    furniture.Append(item.Line).Append('\n');
                }
            }
        }

        if (next < chapters.Count)
        {
            throw new InvalidOperationException($"Kapitelanfang nicht im Layout gefunden: {chapters[next].Name} („{chapters[next].Title}“).");
        }

        return [.. result.Select(r => (r.Name, r.Text.ToString())), (Furniture, furniture.ToString())];
    }

    /// <summary>A chapter starts on the page whose first text line at the top of the body is its (numbered) title.</summary>
    private static bool StartsChapter(Page page, string title)
    {
        var first = page.Items.FirstOrDefault(i => i.Kind == "text" && page.Body.Contains(i));
        if (first is null || Math.Abs(first.Y - page.Body.Y) > 0.5)
        {
            return false;
        }

        var shown = Numbered().Replace(first.Rest.Trim().Trim('"'), string.Empty).TrimEnd('-', '\u00AD');
        return shown.Length > 0 && title.StartsWith(shown, StringComparison.Ordinal);
    }

    private static List<Page> Pages(string dump)
    {
        var pages = new List<Page>();
        foreach (var line in dump.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var match = DumpLine().Match(line);
            if (!match.Success)
            {
                throw new FormatException($"Zeile des Layout-Dumps nicht lesbar: {line}");
            }

            var item = new Item(line, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value,
                D(match.Groups[3].Value), D(match.Groups[4].Value), D(match.Groups[5].Value), D(match.Groups[6].Value), match.Groups[7].Value);
            if (item.Kind == "page")
            {
                pages.Add(new Page(item));
            }

            pages[^1].Items.Add(item);
            if (item.Kind == "body")
            {
                pages[^1].Body = item;
            }
        }

        return pages;
    }

    private static double D(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static string F(double value) => (Math.Abs(value) < 0.005 ? 0 : value).ToString("0.00", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record Item(string Line, int PageNumber, string Kind, double X, double Y, double Width, double Height, string Rest)
    {
        /// <summary>True when <paramref name="other"/> starts inside this rectangle (with rounding tolerance).</summary>
        public bool Contains(Item other) =>
            other.X >= X - 0.5 && other.X <= X + Width + 0.5 && other.Y >= Y - 0.5 && other.Y <= Y + Height + 0.5;
    }

    private sealed class Page(Item page)
    {
        public Item Body { get; set; } = page;

        public List<Item> Items { get; } = [];
    }

    [GeneratedRegex(@"^<!-- (kapitel/[^ ]+\.md) -->$")]
    private static partial Regex ChapterMarker();

    [GeneratedRegex(@"\s*\{[^}]*\}\s*$")]
    private static partial Regex Attributes();

    [GeneratedRegex(@"^\d+(\.\d+)*\s+")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^p(\d+) (\S+) (-?[0-9.]+) (-?[0-9.]+) (-?[0-9.]+) (-?[0-9.]+)(.*)$")]
    private static partial Regex DumpLine();
}
