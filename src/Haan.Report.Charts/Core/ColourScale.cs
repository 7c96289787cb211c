namespace Haan.Report.Charts;

/// <summary>
/// How values are coloured — a generic scheme, no judgement of its own: the caller (Composition) decides which
/// direction of its data means what and maps its own vocabulary (e.g. an indicator's polarity) onto these values.
/// </summary>
public enum ColourScale
{
    /// <summary>Diverging around a reference: below it cool (blue), about equal neutral grey, above it warm (red).</summary>
    DivergingHighWarm,

    /// <summary>Diverging around a reference, reversed: below it warm (red), above it cool (blue).</summary>
    DivergingHighCool,

    /// <summary>Sequential, without judgement: light = low, dark = high (blue).</summary>
    Sequential,
}
