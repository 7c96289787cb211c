using Haan.Report.Composition.Text;
using System.Globalization;
using Haan.Report.Composition.Documents;
using Haan.Report.Data;
using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Engine;
using Haan.Report.Templates.Markdown;

namespace Haan.Report.Composition.Content;

/// <summary>Typed, checked access to a directive's arguments; every mistake becomes a German <see cref="ContentException"/>.</summary>
internal sealed class DirectiveArguments(DocDirective directive, DataSet data, IndicatorResults results, int reportYear)
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal) { "typ", "id" };

    /// <summary>The registered type named by <c>typ=</c>; an unknown name lists every registered one.</summary>
    public T Type<T>(IReadOnlyList<T> registered, Func<T, string> name)
    {
        var type = Required("typ");
        return registered.FirstOrDefault(t => string.Equals(name(t), type, StringComparison.Ordinal))
               ?? throw new ContentException(ReportMessages.UnknownType(directive.Name, type, registered.Select(name)));
    }

    public string Required(string name)
    {
        used.Add(name);
        return directive.Arguments.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new ContentException(ReportMessages.MissingArgument(directive.Name, name));
    }

    public string? Optional(string name)
    {
        used.Add(name);
        return directive.Arguments.GetValueOrDefault(name);
    }

    public IndicatorDefinition Indicator(string name = "indikator")
    {
        var id = Required(name);
        return results.Catalogue.TryGet(id, out var definition) && definition is not null
            ? definition
            : throw new ContentException(ReportMessages.UnknownIndicatorArgument(id, name, results.Catalogue.FileName));
    }

    public int Year()
    {
        var text = Optional("jahr");
        if (text is null)
        {
            return reportYear;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && results.Years.Contains(year)
            ? year
            : throw new ContentException(ReportMessages.UnknownYearArgument(text, results.Years));
    }

    public SocialArea Area(string name = "gebiet")
    {
        var key = Required(name);
        return data.Areas.FirstOrDefault(a => string.Equals(a.Key, key, StringComparison.Ordinal))
               ?? throw new ContentException(ReportMessages.UnknownAreaArgument(key, name, data.Areas.Select(a => a.Key)));
    }

    public double Number(string name, double fallback)
    {
        var text = Optional(name);
        if (text is null)
        {
            return fallback;
        }

        return double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && double.IsFinite(value)
            ? value
            : throw new ContentException(ReportMessages.NotAPositiveNumber(name, text));
    }

    /// <summary>Fails on arguments no one asked for (typos such as „indikatr=…“).</summary>
    public void EnsureAllUsed()
    {
        var unknown = directive.Arguments.Keys.Where(k => !used.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ContentException(ReportMessages.UnknownArguments(directive.Name, unknown, used.Order(StringComparer.Ordinal)));
        }
    }
}
