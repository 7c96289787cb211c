namespace Haan.Report.Indicators.Catalogue;

/// <summary>One signed term of a <see cref="CountExpression"/>.</summary>
public sealed record CountTerm(int Sign, CountKey Key);

/// <summary>A sum/difference of count keys, e.g. <c>al_sgb2 + al_sgb3</c> or <c>zuzuege - fortzuege</c>.</summary>
public sealed class CountExpression : IEquatable<CountExpression>
{
    private readonly string canonical;

    private CountExpression(IReadOnlyList<CountTerm> terms)
    {
        Terms = terms;
        canonical = string.Join(' ', terms.Select((t, i) =>
            (i == 0 ? (t.Sign < 0 ? "-" : string.Empty) : (t.Sign < 0 ? "- " : "+ ")) + t.Key));
    }

    /// <summary>The terms in catalogue order.</summary>
    public IReadOnlyList<CountTerm> Terms { get; }

    /// <summary>True when every term is added (a plain count of persons/households/objects).</summary>
    public bool IsPureSum => Terms.All(t => t.Sign > 0);

    /// <summary>Creates an expression from terms (at least one).</summary>
    public static CountExpression FromTerms(IReadOnlyList<CountTerm> terms) =>
        terms.Count > 0 ? new CountExpression(terms.ToList()) : throw new ArgumentException("Mindestens ein Summand.", nameof(terms));

    /// <summary>Creates an expression from a single key.</summary>
    public static CountExpression Of(CountKey key) => new([new CountTerm(1, key)]);

    /// <summary>Parses "a + b[0-3] - c"; returns null with a German explanation when invalid.</summary>
    public static CountExpression? TryParse(string text, out string? error)
    {
        error = null;
        var terms = new List<CountTerm>();
        var sign = 1;
        var expectTerm = true;
        var i = 0;
        text = text.Trim();
        if (text.Length == 0)
        {
            error = "leerer Ausdruck";
            return null;
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (expectTerm && terms.Count == 0 && c == '-') { sign = -1; i++; continue; }
            if (!expectTerm)
            {
                if (c is '+' or '-') { sign = c == '+' ? 1 : -1; expectTerm = true; i++; continue; }
                error = $"Operator „+“ oder „-“ erwartet an Position {i + 1}";
                return null;
            }

            var start = i;
            var depth = 0;
            while (i < text.Length && (depth > 0 || (!char.IsWhiteSpace(text[i]) && text[i] is not '+' && !(text[i] == '-' && depth == 0))))
            {
                if (text[i] == '[') { depth++; }
                else if (text[i] == ']') { depth--; }
                i++;
            }

            var key = CountKey.TryParse(text[start..i], out var keyError);
            if (key is null)
            {
                error = keyError;
                return null;
            }

            terms.Add(new CountTerm(sign, key));
            sign = 1;
            expectTerm = false;
        }

        if (expectTerm)
        {
            error = "Ausdruck endet mit einem Operator";
            return null;
        }

        return new CountExpression(terms);
    }

    /// <summary>Evaluates the expression with a lookup; null when any term is unavailable.</summary>
    public double? Evaluate(Func<CountKey, double?> lookup)
    {
        double sum = 0;
        foreach (var term in Terms)
        {
            if (lookup(term.Key) is not { } v)
            {
                return null;
            }

            sum += term.Sign * v;
        }

        return sum;
    }

    /// <summary>German description of the expression.</summary>
    public string Describe() => string.Join(" ", Terms.Select((t, i) =>
        (i == 0 ? (t.Sign < 0 ? "minus " : string.Empty) : (t.Sign < 0 ? "minus " : "plus ")) + t.Key.Describe()));

    /// <inheritdoc/>
    public bool Equals(CountExpression? other) => other is not null && other.canonical == canonical;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CountExpression);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(canonical);

    /// <summary>Canonical notation, e.g. "al_sgb2 + al_sgb3".</summary>
    public override string ToString() => canonical;
}
