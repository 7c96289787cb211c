using System.Reflection;
using Haan.Report.Diagnostics;

namespace Haan.Report.Testing;

/// <summary>
/// Code-convention checks of a message catalogue (a static class of named factories returning <see cref="Problem"/>):
/// every factory is called with sample arguments and must name itself as the problem's code, produce a German
/// message without unfilled placeholders and end its sentences.
/// </summary>
public static class MessageCatalogueAssert
{
    /// <summary>Checks every factory of <paramref name="catalogue"/>; returns how many there are.</summary>
    public static int FactoriesAreWellFormed(Type catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var factories = catalogue.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == typeof(Problem) && !m.IsSpecialName)
            .ToList();
        var offences = new List<string>();
        foreach (var factory in factories)
        {
            var problem = (Problem)factory.Invoke(null, [.. factory.GetParameters().Select(p => Sample(p.ParameterType))])!;
            if (problem.Code != factory.Name)
            {
                offences.Add($"{factory.Name}: Code „{problem.Code}“ statt des Namens der Methode");
            }

            if (string.IsNullOrWhiteSpace(problem.Message) || problem.Message.Contains("{", StringComparison.Ordinal) && !problem.Message.Contains("{#", StringComparison.Ordinal))
            {
                offences.Add($"{factory.Name}: Meldung leer oder mit unausgefülltem Platzhalter: {problem.Message}");
            }

            var last = problem.Message.TrimEnd()[^1];
            if (last is not ('.' or '!' or '?' or ')' or '“') && problem.Arguments.All(a => !problem.Message.EndsWith(a, StringComparison.Ordinal)))
            {
                offences.Add($"{factory.Name}: Meldung endet ohne Satzzeichen: {problem.Message}");
            }
        }

        if (offences.Count > 0)
        {
            throw new InvalidOperationException($"Meldungskatalog {catalogue.Name}:{Environment.NewLine}{string.Join(Environment.NewLine, offences)}");
        }

        return factories.Count;
    }

    private static object? Sample(Type type) => type switch
    {
        _ when type == typeof(string) => "wert",
        _ when type == typeof(int) => 3,
        _ when type == typeof(long) => 3L,
        _ when type == typeof(bool) => true,
        _ when type == typeof(TimeSpan) => TimeSpan.FromSeconds(10),
        _ when type == typeof(ProblemLocation) => ProblemLocation.At("datei.md", 3, 7),
        _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
        _ when type.IsAssignableFrom(typeof(string[])) => new[] { "a", "b" },
        _ when type.IsAssignableFrom(typeof(int[])) => new[] { 2022, 2023 },
        _ when type.IsValueType => Activator.CreateInstance(type),
        _ => type.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) ?? Activator.CreateInstance(type),
    };
}
