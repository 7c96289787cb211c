using System.Globalization;
using System.Text.RegularExpressions;

namespace Haan.Report.Composition.Publishing;

/// <summary>
/// Canonical version numbers MAJOR.MINOR.PATCH: ASCII digits, no leading zeros, nothing before or after (no line
/// break). One version has exactly one spelling, so it has exactly one folder <c>v&lt;version&gt;</c>.
/// </summary>
public static partial class VersionNumber
{
    /// <summary>True for „1.0.0“, „2.10.3“; false for „01.0.0“, „1.0“, „1.0.0\n“, non-ASCII digits.</summary>
    public static bool IsCanonical(string? text) => text is not null && Canonical().IsMatch(text);

    /// <summary>The parsed version of a canonical number, else null.</summary>
    public static Version? TryParse(string? text) =>
        IsCanonical(text) && Version.TryParse(text, out var parsed) ? parsed : null;

    /// <summary>The text with control characters made visible (\n, \t, \u0000), for messages.</summary>
    public static string Visible(string text) =>
        string.Concat(text.Select(c => c switch
        {
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            _ => c.ToString(),
        }));

    // Each part fits in an int (System.Version): at most 9 digits.
    [GeneratedRegex(@"\A(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})\z", RegexOptions.CultureInvariant)]
    private static partial Regex Canonical();
}
