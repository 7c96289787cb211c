using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Haan.Report.Composition.Publishing;

/// <summary>
/// Rewrites an Open XML package (XLSX) so that equal content gives equal bytes: entries keep their order and content,
/// every entry gets the same fixed time, the core properties' created/modified dates are set to it, and the random
/// names System.IO.Packaging invents (relationship ids „R…“, the core-properties part „….psmdcp“) are replaced by
/// numbered ones.
/// </summary>
public static partial class DeterministicZip
{
    public static byte[] Normalize(byte[] zip, DateTime fixedTime)
    {
        var stamp = fixedTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var entries = input.Entries.Select(e => (Name: e.FullName, Content: ReadAll(e))).ToList();

        // Random tokens in order of first appearance → stable replacements of the same shape.
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, content) in entries)
        {
            foreach (Match m in CorePart().Matches(name))
            {
                replacements.TryAdd(m.Value, (replacements.Count + 1).ToString("x32", CultureInfo.InvariantCulture));
            }

            if (name.EndsWith(".rels", StringComparison.Ordinal))
            {
                foreach (Match m in RandomRelationshipId().Matches(Encoding.UTF8.GetString(content)))
                {
                    replacements.TryAdd(m.Groups["id"].Value, "R" + (replacements.Count + 1).ToString("x16", CultureInfo.InvariantCulture));
                }
            }
        }

        using var result = new MemoryStream();
        using (var output = new ZipArchive(result, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, original) in entries)
            {
                var content = original;
                if (name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".rels", StringComparison.Ordinal) || name.EndsWith(".psmdcp", StringComparison.Ordinal))
                {
                    var xml = Encoding.UTF8.GetString(content);
                    var changed = Replace(xml, replacements);
                    if (name.EndsWith(".psmdcp", StringComparison.Ordinal) || string.Equals(name, "docProps/core.xml", StringComparison.Ordinal))
                    {
                        changed = CoreDate().Replace(changed, m => m.Groups["open"].Value + stamp + m.Groups["close"].Value);
                    }

                    if (!string.Equals(changed, xml, StringComparison.Ordinal))
                    {
                        content = Encoding.UTF8.GetBytes(changed);
                    }
                }

                var copy = output.CreateEntry(Replace(name, replacements), CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(fixedTime.Year, fixedTime.Month, fixedTime.Day, 0, 0, 0, TimeSpan.Zero);
                using var target = copy.Open();
                target.Write(content);
            }
        }

        return result.ToArray();
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var source = entry.Open();
        using var buffer = new MemoryStream();
        source.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string Replace(string text, Dictionary<string, string> replacements)
    {
        foreach (var (from, to) in replacements)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    [GeneratedRegex("(?<=core-properties/)[0-9a-f]{32}(?=\\.psmdcp)")]
    private static partial Regex CorePart();

    [GeneratedRegex("Id=\"(?<id>R[0-9a-f]{16})\"")]
    private static partial Regex RandomRelationshipId();

    [GeneratedRegex("(?<open><dcterms:(created|modified)[^>]*>)[^<]*(?<close></dcterms:(created|modified)>)")]
    private static partial Regex CoreDate();
}
