using System.Globalization;
using Haan.Report.Data.Text;
using Haan.Report.Diagnostics;

namespace Haan.Report.Data.Reading;

/// <summary>
/// Values must not contain control characters (NUL, line breaks inside a field, escape sequences): they would pass
/// invisibly into the report text, the CSV export and the manifest.
/// </summary>
internal static class ControlCharacters
{
    /// <summary>The problem of a value with a control character at <paramref name="at"/>, or null when it has none.</summary>
    public static Problem? Problem(ProblemLocation at, string value)
    {
        var index = value.AsSpan().IndexOfAnyInRange('\0', '\u001F');
        if (index < 0)
        {
            index = value.AsSpan().IndexOfAnyInRange('\u007F', '\u009F');
        }

        return index < 0 ? null : DataMessages.ControlCharacter(at, Visible(value), value[index], index + 1);
    }

    /// <summary>The value with control characters shown as \uXXXX, for messages.</summary>
    public static string Visible(string value) =>
        string.Concat(value.Select(c => char.IsControl(c) ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString()));
}
