using System.Text;

namespace Haan.Report.WebEdition.Pages;

/// <summary>File names from heading ids or texts: lower case ASCII letters, digits and hyphens („Ältere Menschen“ → „aeltere-menschen“).</summary>
internal static class Slug
{
    public static string Of(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            var part = c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ when c is >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
                _ => "-",
            };
            builder.Append(part);
        }

        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "seite" : slug;
    }
}
