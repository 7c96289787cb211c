namespace Haan.Report.Templates.Model;

/// <summary>
/// One comparative or superlative statement produced by a template function, recorded so that a test can re-derive it
/// from the published value set and find its <see cref="Text"/> in the filled report. <see cref="Values"/> are the
/// display texts the statement shows (in the order documented per <see cref="ClaimKind"/> in docs/VORLAGEN.md),
/// <see cref="Outcome"/> is the stated result in words („deutlich über“, „gestiegen“, „höher als“, „3 von 7“ …).
/// </summary>
public sealed record Claim(
    ClaimKind Kind,
    string Text,
    IReadOnlyList<string> Indicators,
    IReadOnlyList<string> Areas,
    IReadOnlyList<int> Years,
    IReadOnlyList<string> Values,
    string Outcome);
