namespace Haan.Report.Data.Schema;

/// <summary>
/// Keeps the column tables of docs/DATA.md in step with <see cref="DataSchema"/>: each file's section
/// (<c>## `datei.csv` – Titel</c>) holds the table <see cref="DataSchema.ColumnTable"/> renders. A test compares the
/// committed document with <see cref="Apply"/> and regenerates it on request.
/// </summary>
public static class SchemaDocument
{
    /// <summary>The section heading of a file, e.g. <c>## `sgb2.csv` – Grundsicherung für Arbeitsuchende (synthetisch)</c>.</summary>
    public static string Heading(InputFileSpec file) => $"## `{file.Name}` – {file.Title}";

    /// <summary>
    /// <paramref name="markdown"/> with every file's column table replaced by the schema's (line ends normalised to
    /// <c>\n</c>); a section without a heading or table gets them appended, so nothing in the schema is undocumented.
    /// </summary>
    public static string Apply(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        foreach (var file in DataSchema.Files.Append(DataSchema.KomMonitorMapping))
        {
            var table = DataSchema.ColumnTable(file).Split('\n');
            var heading = lines.IndexOf(Heading(file));
            if (heading < 0)
            {
                lines.AddRange(["", Heading(file), "", .. table]);
                continue;
            }

            var next = lines.FindIndex(heading + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
            var end = next < 0 ? lines.Count : next;
            var start = lines.FindIndex(heading + 1, end - heading - 1, l => l.StartsWith("| Spalte |", StringComparison.Ordinal) || l.StartsWith("| Eigenschaft |", StringComparison.Ordinal));
            if (start < 0)
            {
                lines.InsertRange(heading + 1, ["", .. table]);
                continue;
            }

            var stop = start;
            while (stop < lines.Count && lines[stop].StartsWith('|'))
            {
                stop++;
            }

            lines.RemoveRange(start, stop - start);
            lines.InsertRange(start, table);
        }

        return string.Join("\n", lines);
    }
}
