using System.Text.RegularExpressions;

namespace Haan.Report.Testing;

/// <summary>
/// Finds English words of the template engine's (Scriban's) messages in text shown to users. Quoted user content
/// („…“: names, expressions from the template) is skipped; backtick quotes (`x`) are Scriban's own and stay.
/// </summary>
public static partial class EngineEnglish
{
    /// <summary>Words and phrases taken from Scriban's parser and runtime messages and the .NET exceptions of its builtins.</summary>
    public static IReadOnlyList<string> Words { get; } =
    [
        "Expecting", "Unexpected", "Cannot", "Invalid", "Exceeding", "exceeds", "limit", "LoopLimit", "not found", "was not",
        "is null", "Unable", "Object", "statement", "expression", "argument", "arguments", "member", "function", "operator",
        "supported", "Range", "Regex", "timed out", "depth", "recursive", "passed", "while", "parsing", "token", "instead of",
        "must be", "index", "primitive", "convert", "reached", "script object", "plain", "cancelled", "Error",
    ];

    /// <summary>The English words found in <paramref name="text"/> outside „…“ quotes, in order of <see cref="Words"/>.</summary>
    public static IReadOnlyList<string> Find(string text)
    {
        var unquoted = Quoted().Replace(text, " ");
        return Words.Where(w => new Regex($@"\b{Regex.Escape(w)}\b", RegexOptions.CultureInvariant).IsMatch(unquoted)).ToList();
    }

    [GeneratedRegex("„[^“]*“")]
    private static partial Regex Quoted();
}
