using Haan.Report.Diagnostics;
using Haan.Report.Composition.Text;
using Haan.Report.Layout;

namespace Haan.Report.Composition.Documents;

/// <summary>
/// The German hyphenation patterns bundled under <c>templates/hyphenation/</c> (LibreOffice's <c>hyph_de_DE.dic</c>,
/// LGPL-2+). Without the file the report breaks only at spaces, hyphens and the authors' soft hyphens.
/// </summary>
internal static class GermanHyphenation
{
    public const string RelativePath = "hyphenation/hyph_de_DE.dic";

    /// <summary>The report's own exceptions (one word per line with its breaks), applied over the patterns.</summary>
    public const string ExceptionsPath = "hyphenation/ausnahmen.txt";

    private static readonly Lock Gate = new();
    private static (string Key, Hyphenator Hyphenator)? LastLoaded;

    public static Hyphenator? Load(string templatesDirectory)
    {
        var path = Path.Combine(templatesDirectory, RelativePath);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return null;
        }

        // Parsing the 1 MB pattern file takes a moment: reuse it while the same file is asked for again.
        var exceptionsFile = new FileInfo(Path.Combine(templatesDirectory, ExceptionsPath));
        var key = $"{file.FullName}|{file.Length}|{file.LastWriteTimeUtc.Ticks}|{(exceptionsFile.Exists ? File.ReadAllText(exceptionsFile.FullName) : string.Empty)}";
        lock (Gate)
        {
            if (LastLoaded is { } cached && cached.Key == key)
            {
                return cached.Hyphenator;
            }

            try
            {
                var hyphenator = Hyphenator.FromFile(path);
                if (exceptionsFile.Exists)
                {
                    var problems = hyphenator.AddExceptions(File.ReadAllLines(exceptionsFile.FullName), ExceptionsPath);
                    if (problems.Count > 0)
                    {
                        throw new ProblemException([.. problems.Select(ReportMessages.Hyphenation)]);
                    }
                }

                LastLoaded = (key, hyphenator);
                return hyphenator;
            }
            catch (LayoutException e)
            {
                throw new ProblemException(ReportMessages.Hyphenation(e.Message));
            }
        }
    }
}
