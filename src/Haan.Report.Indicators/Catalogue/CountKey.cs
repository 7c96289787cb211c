using System.Globalization;
using System.Text;

namespace Haan.Report.Indicators.Catalogue;

/// <summary>
/// A count variable with optional filters, written in the catalogue as <c>name</c> or <c>name[spec]</c>,
/// where spec is a comma-separated list of: an age range <c>a-b</c> (lower bound inclusive, upper bound exclusive,
/// either side may be empty or <c>RA</c> = statutory retirement age cut-off), a sex <c>m</c>/<c>w</c>,
/// a nationality <c>dt</c>/<c>ausl</c>. Examples: <c>bev[0-3]</c>, <c>bev[15-RA,m]</c>, <c>gsi[RA-]</c>, <c>bev[ausl]</c>.
/// </summary>
public sealed record CountKey(
    string Variable,
    AgeBound? AgeFrom = null,
    AgeBound? AgeTo = null,
    string? Sex = null,
    string? Nationality = null)
{
    /// <summary>True when any filter is set.</summary>
    public bool HasFilter => AgeFrom is not null || AgeTo is not null || Sex is not null || Nationality is not null;

    /// <summary>Lower age bound (inclusive) for a year, or null.</summary>
    public int? AgeFromInYear(int year) => AgeFrom?.Resolve(year);

    /// <summary>Upper age bound (exclusive) for a year, or null.</summary>
    public int? AgeToInYear(int year) => AgeTo?.Resolve(year);

    /// <summary>The key without filters.</summary>
    public CountKey Unfiltered => new(Variable);

    /// <summary>Parses the catalogue notation; returns null and an explanation when invalid.</summary>
    public static CountKey? TryParse(string text, out string? error)
    {
        error = null;
        text = text.Trim();
        var open = text.IndexOf('[', StringComparison.Ordinal);
        var name = open < 0 ? text : text[..open];
        if (!IsName(name))
        {
            error = $"Variablenname „{name}“ ist ungültig (erlaubt: Kleinbuchstaben, Ziffern, „_“, beginnend mit einem Buchstaben)";
            return null;
        }

        if (open < 0)
        {
            return new CountKey(name);
        }

        if (!text.EndsWith(']'))
        {
            error = "fehlende schließende Klammer „]“";
            return null;
        }

        AgeBound? from = null, to = null;
        string? sex = null, nationality = null;
        var seenAge = false;
        foreach (var raw in text[(open + 1)..^1].Split(','))
        {
            var token = raw.Trim();
            if (token is "m" or "w")
            {
                if (sex is not null) { error = "Geschlecht doppelt angegeben"; return null; }
                sex = token;
            }
            else if (token is "dt" or "ausl")
            {
                if (nationality is not null) { error = "Staatsangehörigkeit doppelt angegeben"; return null; }
                nationality = token;
            }
            else if (token.Contains('-', StringComparison.Ordinal))
            {
                if (seenAge) { error = "Altersbereich doppelt angegeben"; return null; }
                seenAge = true;
                var dash = token.IndexOf('-', StringComparison.Ordinal);
                if (!AgeBound.TryParse(token[..dash], out from) || !AgeBound.TryParse(token[(dash + 1)..], out to))
                {
                    error = $"Altersbereich „{token}“ ungültig (erwartet z. B. „0-3“, „65-“, „15-RA“)";
                    return null;
                }

                if (from is null && to is null)
                {
                    error = $"Altersbereich „{token}“ ohne Grenzen";
                    return null;
                }

                if (from is { IsRetirementAge: false } f && to is { IsRetirementAge: false } t && f.Years >= t.Years)
                {
                    error = $"Altersbereich „{token}“: Untergrenze muss kleiner als Obergrenze sein";
                    return null;
                }
            }
            else
            {
                error = $"Filter „{token}“ unbekannt (erwartet: Altersbereich „a-b“, „m“, „w“, „dt“, „ausl“)";
                return null;
            }
        }

        return new CountKey(name, from, to, sex, nationality);
    }

    private static bool IsName(string name) =>
        name.Length > 0 && name[0] is >= 'a' and <= 'z' &&
        name.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_');

    /// <summary>Canonical catalogue notation.</summary>
    public override string ToString()
    {
        if (!HasFilter)
        {
            return Variable;
        }

        var parts = new List<string>();
        if (AgeFrom is not null || AgeTo is not null)
        {
            parts.Add((AgeFrom?.ToString() ?? string.Empty) + "-" + (AgeTo?.ToString() ?? string.Empty));
        }

        if (Sex is not null) { parts.Add(Sex); }
        if (Nationality is not null) { parts.Add(Nationality); }
        return new StringBuilder(Variable).Append('[').Append(string.Join(',', parts)).Append(']').ToString();
    }

    /// <summary>German description, e.g. "bev, Alter 15 bis unter Regelaltersgrenze, männlich".</summary>
    public string Describe()
    {
        var parts = new List<string> { Variable };
        if (AgeFrom is not null || AgeTo is not null)
        {
            var text = (AgeFrom, AgeTo) switch
            {
                (null, { } t) => "unter " + t.Describe(),
                ({ } f, null) => f.Describe() + " und älter",
                ({ } f, { } t) => f.Describe() + " bis unter " + t.Describe(),
                _ => string.Empty,
            };
            parts.Add("Alter " + text);
        }

        if (Sex is not null) { parts.Add(Sex == "m" ? "männlich" : "weiblich"); }
        if (Nationality is not null) { parts.Add(Nationality == "dt" ? "deutsch" : "nichtdeutsch"); }
        return string.Join(", ", parts);
    }
}

/// <summary>An age bound in whole years, or the statutory retirement age cut-off (<c>RA</c>).</summary>
public sealed record AgeBound(int Years, bool IsRetirementAge)
{
    /// <summary>Parses "", "65" or "RA".</summary>
    public static bool TryParse(string text, out AgeBound? bound)
    {
        bound = null;
        text = text.Trim();
        if (text.Length == 0)
        {
            return true;
        }

        if (text == "RA")
        {
            bound = new AgeBound(0, true);
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var years) && years <= 120)
        {
            bound = new AgeBound(years, false);
            return true;
        }

        return false;
    }

    /// <summary>The bound in whole years for a given year.</summary>
    /// <remarks>
    /// <c>RA</c> uses the data set's whole-year convention (<see cref="Haan.Report.Data.AgeLimits.RetirementAge"/>:
    /// 65 up to 2023) so that numerators delivered "at/above the age limit" and population denominators agree.
    /// </remarks>
    public int Resolve(int year) => IsRetirementAge ? Haan.Report.Data.AgeLimits.RetirementAge(year) : Years;

    /// <inheritdoc/>
    public override string ToString() => IsRetirementAge ? "RA" : Years.ToString(CultureInfo.InvariantCulture);

    /// <summary>German text.</summary>
    public string Describe() => IsRetirementAge ? "Regelaltersgrenze" : Years.ToString(CultureInfo.InvariantCulture);
}
