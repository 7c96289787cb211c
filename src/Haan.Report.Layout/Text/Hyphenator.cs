using System.Globalization;
using System.Text;

namespace Haan.Report.Layout;

/// <summary>
/// Hyphenation with Liang's patterns in the format of LibreOffice/libhyphen (<c>hyph_xx_XX.dic</c>: first line the
/// character set, then patterns; <c>NEXTLEVEL</c> separates compound patterns from syllable patterns). The compound
/// level finds the joints of compound words, the second level the syllables inside each part. Only letters are
/// hyphenated; a word that already contains a soft hyphen is left to its author (see <see cref="TextLayout"/>).
/// </summary>
public sealed class Hyphenator
{
    private readonly Dictionary<string, byte[]>[] levels;
    private readonly int maxPatternLength;
    private readonly Dictionary<string, int[]> cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> exceptions = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    private Hyphenator(Dictionary<string, byte[]>[] levels, int maxPatternLength, int compoundLeft, int compoundRight)
    {
        this.levels = levels;
        this.maxPatternLength = maxPatternLength;
        CompoundLeftMin = compoundLeft;
        CompoundRightMin = compoundRight;
    }

    /// <summary>Fewest letters before the first break of a word.</summary>
    public int LeftMin { get; init; } = 2;

    /// <summary>Fewest letters after the last break of a word.</summary>
    public int RightMin { get; init; } = 3;

    /// <summary>Fewest letters of a compound part before or after a syllable break inside it (from the pattern file).</summary>
    public int CompoundLeftMin { get; }

    /// <inheritdoc cref="CompoundLeftMin"/>
    public int CompoundRightMin { get; }

    /// <summary>Shortest word that is hyphenated at all.</summary>
    public int MinWordLength { get; init; } = 5;

    /// <summary>Reads a libhyphen pattern file; throws <see cref="LayoutException"/> with a German message if it is missing or unreadable.</summary>
    public static Hyphenator FromFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new LayoutException($"Silbentrennmuster nicht gefunden: '{path}'.");
        }

        var bytes = File.ReadAllBytes(path);
        var firstLineEnd = Array.IndexOf(bytes, (byte)'\n');
        var charset = Encoding.ASCII.GetString(bytes, 0, firstLineEnd < 0 ? bytes.Length : firstLineEnd).Trim();
        var encoding = charset.Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant() switch
        {
            "UTF8" => Encoding.UTF8,
            "ISO88591" => Encoding.Latin1,
            _ => throw new LayoutException($"Silbentrennmuster '{path}': Zeichensatz „{charset}“ wird nicht unterstützt (erlaubt: UTF-8, ISO8859-1)."),
        };
        return Parse(encoding.GetString(bytes).Split('\n').Skip(1), path);
    }

    /// <summary>Builds a hyphenator from pattern lines (without the character-set line).</summary>
    public static Hyphenator Parse(IEnumerable<string> lines, string origin = "Muster")
    {
        var levelList = new List<Dictionary<string, byte[]>> { new(StringComparer.Ordinal) };
        int compoundLeft = 2, compoundRight = 2, maxLength = 0;
        var lineNumber = 1;
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith('%'))
            {
                continue;
            }

            var keyword = line.Split(' ', 2);
            switch (keyword[0])
            {
                case "NEXTLEVEL":
                    levelList.Add(new Dictionary<string, byte[]>(StringComparer.Ordinal));
                    continue;
                case "COMPOUNDLEFTHYPHENMIN":
                    compoundLeft = Number(keyword, origin, lineNumber);
                    continue;
                case "COMPOUNDRIGHTHYPHENMIN":
                    compoundRight = Number(keyword, origin, lineNumber);
                    continue;
                case "LEFTHYPHENMIN" or "RIGHTHYPHENMIN" or "NOHYPHEN":
                    continue;
            }

            if (line.Contains('/', StringComparison.Ordinal))
            {
                continue; // non-standard (replacing) patterns: not used for German
            }

            var letters = new StringBuilder(line.Length);
            var values = new List<byte> { 0 };
            foreach (var c in line)
            {
                if (c is >= '0' and <= '9')
                {
                    values[^1] = (byte)(c - '0');
                }
                else
                {
                    letters.Append(char.ToLowerInvariant(c));
                    values.Add(0);
                }
            }

            var key = letters.ToString();
            var level = levelList[^1];
            level[key] = level.TryGetValue(key, out var existing) ? Max(existing, values) : [.. values];
            maxLength = Math.Max(maxLength, key.Length);
        }

        return new Hyphenator([.. levelList], maxLength, compoundLeft, compoundRight);
    }

    /// <summary>
    /// Adds exceptions like TeX's <c>\hyphenation</c>: one word per line with a hyphen at every allowed break
    /// („Sta-tus-in-dex“); <c>#</c> starts a comment. An exception also applies to the end of a longer compound
    /// („Schulstatusindex“ breaks as „Schul-sta-tus-in-dex“). Returns German messages for malformed lines.
    /// </summary>
    public IReadOnlyList<string> AddExceptions(IEnumerable<string> lines, string origin)
    {
        var problems = new List<string>();
        var lineNumber = 0;
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var word = line.Replace("-", string.Empty, StringComparison.Ordinal);
            if (word.Length == 0 || !word.All(char.IsLetter) || line.StartsWith('-') || line.EndsWith('-') || line.Contains("--", StringComparison.Ordinal))
            {
                problems.Add($"{origin}, Zeile {lineNumber.ToString(CultureInfo.InvariantCulture)}: „{line}“ ist kein Wort mit Trennstrichen (nur Buchstaben, „-“ an jeder erlaubten Trennstelle, z. B. „Sta-tus-in-dex“).");
                continue;
            }

            var points = new List<int>();
            var letters = 0;
            foreach (var c in line)
            {
                if (c == '-')
                {
                    points.Add(letters);
                }
                else
                {
                    letters++;
                }
            }

            lock (gate)
            {
                exceptions[word.ToLower(CultureInfo.InvariantCulture)] = [.. points];
                cache.Clear();
            }
        }

        return problems;
    }

    /// <summary>
    /// Positions p (1 ≤ p &lt; word length) where <paramref name="word"/> may break before <c>word[p]</c>, ascending.
    /// Words with anything but letters, and short words, get none.
    /// </summary>
    public IReadOnlyList<int> Points(string word)
    {
        if (word.Length < MinWordLength || !word.All(char.IsLetter))
        {
            return [];
        }

        lock (gate)
        {
            if (cache.TryGetValue(word, out var known))
            {
                return known;
            }
        }

        var lower = word.ToLower(CultureInfo.InvariantCulture);
        var points = new SortedSet<int>();
        var (head, tail) = ExceptionTail(lower);
        if (tail is not null)
        {
            foreach (var p in tail)
            {
                points.Add(head + p);
            }

            if (head > 0)
            {
                points.Add(head);
                points.UnionWith(PatternPoints(lower[..head]));
            }
        }
        else
        {
            points.UnionWith(PatternPoints(lower));
        }

        var result = Clean(lower, points).Where(p => p >= LeftMin && p <= word.Length - RightMin).ToArray();
        lock (gate)
        {
            cache[word] = result;
        }

        return result;
    }

    /// <summary>
    /// German spelling rules the patterns sometimes miss, and parts of a single letter: no break inside „ch“, „ck“ or
    /// „sch“; of two breaks around one letter („Ta-bel-le-n-an-hang“) the first goes.
    /// </summary>
    private static List<int> Clean(string lower, SortedSet<int> points)
    {
        var kept = points.Where(p => p > 0 && p < lower.Length
            && !(lower[p - 1] == 'c' && lower[p] is 'h' or 'k')
            && !(lower[p - 1] == 's' && lower[p] == 'c' && p + 1 < lower.Length && lower[p + 1] == 'h')).ToList();
        for (var i = kept.Count - 2; i >= 0; i--)
        {
            if (kept[i + 1] - kept[i] == 1)
            {
                kept.RemoveAt(i);
            }
        }

        return kept;
    }

    /// <summary>The longest exception the word ends with (the whole word included): where it starts and its points.</summary>
    private (int Start, int[]? Points) ExceptionTail(string lower)
    {
        lock (gate)
        {
            for (var start = 0; start <= lower.Length - MinWordLength; start++)
            {
                if (exceptions.TryGetValue(lower[start..], out var points) && (start == 0 || start >= CompoundLeftMin))
                {
                    return (start, points);
                }
            }
        }

        return (0, null);
    }

    private SortedSet<int> PatternPoints(string lower)
    {
        var points = new SortedSet<int>();
        var joints = levels.Length > 1 ? Joints(Odd(Liang(levels[0], lower), lower.Length, CompoundLeftMin, CompoundRightMin).ToList(), lower.Length) : [];
        var syllables = levels[^1];
        var start = 0;
        foreach (var end in joints.Append(lower.Length))
        {
            var part = lower[start..end];
            foreach (var p in Odd(Liang(syllables, part), part.Length, CompoundLeftMin, CompoundRightMin))
            {
                points.Add(start + p);
            }

            if (end < lower.Length)
            {
                points.Add(end);
            }

            start = end;
        }

        return points;
    }

    /// <summary>The word with a soft hyphen (U+00AD) at every break point (for tests and previews).</summary>
    public string Hyphenate(string word, string mark = "\u00AD")
    {
        var builder = new StringBuilder(word);
        foreach (var p in Points(word).Reverse())
        {
            builder.Insert(p, mark);
        }

        return builder.ToString();
    }

    /// <summary>Liang's values between the letters of ".word." (index i = before word[i]).</summary>
    private byte[] Liang(Dictionary<string, byte[]> patterns, string word)
    {
        var dotted = "." + word + ".";
        var values = new byte[dotted.Length + 1];
        for (var i = 0; i < dotted.Length; i++)
        {
            for (var length = 1; length <= Math.Min(maxPatternLength, dotted.Length - i); length++)
            {
                if (patterns.TryGetValue(dotted.Substring(i, length), out var pattern))
                {
                    for (var k = 0; k < pattern.Length; k++)
                    {
                        values[i + k] = Math.Max(values[i + k], pattern[k]);
                    }
                }
            }
        }

        // values[j] sits before dotted[j]; a break before word[p] is before dotted[p + 1].
        return values[1..];
    }

    private static IEnumerable<int> Odd(byte[] values, int length, int leftMin, int rightMin)
    {
        for (var p = Math.Max(1, leftMin); p <= length - Math.Max(1, rightMin); p++)
        {
            if (values[p] % 2 == 1)
            {
                yield return p;
            }
        }
    }

    /// <summary>
    /// Joints of compound words. The compound patterns are whole words matched anywhere, so two joints sometimes enclose
    /// a single letter („fort|s|chreibung“): such a part is no compound part, and both joints around it are dropped
    /// (the syllable patterns then decide there).
    /// </summary>
    private List<int> Joints(List<int> candidates, int length)
    {
        var bounds = new List<int> { 0 };
        bounds.AddRange(candidates);
        bounds.Add(length);
        var drop = new HashSet<int>();
        for (var i = 1; i < bounds.Count; i++)
        {
            if (bounds[i] - bounds[i - 1] < Math.Max(CompoundLeftMin, CompoundRightMin))
            {
                drop.Add(bounds[i - 1]);
                drop.Add(bounds[i]);
            }
        }

        return candidates.Where(j => !drop.Contains(j)).ToList();
    }

    private static byte[] Max(byte[] a, List<byte> b) => [.. a.Zip(b, Math.Max)];

    private static int Number(string[] keyword, string origin, int line)
        => keyword.Length == 2 && int.TryParse(keyword[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new LayoutException($"Silbentrennmuster '{origin}', Zeile {line.ToString(CultureInfo.InvariantCulture)}: nach „{keyword[0]}“ fehlt eine Zahl.");
}
