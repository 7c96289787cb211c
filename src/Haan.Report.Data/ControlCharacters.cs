using System.Globalization;

namespace Haan.Report.Data;

/// <summary>
/// Values must not contain control characters (NUL, line breaks inside a field, escape sequences): they would pass
/// invisibly into the report text, the CSV export and the manifest.
/// </summary>
internal static class ControlCharacters
{
    /// <summary>The German message for a value with a control character, or null when it has none.</summary>
    public static string? Problem(string value)
    {
        var index = value.AsSpan().IndexOfAnyInRange('\0', '\u001F');
        if (index < 0)
        {
            index = value.AsSpan().IndexOfAnyInRange('\u007F', '\u009F');
        }

        if (index < 0)
        {
            return null;
        }

        var code = ((int)value[index]).ToString("X4", CultureInfo.InvariantCulture);
        return $"Der Wert enthält ein unsichtbares Steuerzeichen (U+{code}) an Stelle {(index + 1).ToString(CultureInfo.InvariantCulture)}. Erwartet: Text ohne Steuerzeichen und ohne Zeilenumbruch; entfernen Sie das Zeichen.";
    }

    /// <summary>The value with control characters shown as \uXXXX, for messages.</summary>
    public static string Visible(string value) =>
        string.Concat(value.Select(c => char.IsControl(c) ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString()));
}
