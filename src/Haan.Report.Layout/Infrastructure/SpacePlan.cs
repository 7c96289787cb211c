namespace Haan.Report.Layout;

/// <summary>What an element can do in the space it was offered.</summary>
internal enum SpacePlanKind
{
    /// <summary>Nothing (left) to draw.</summary>
    Empty,

    /// <summary>Does not fit here at all; try on the next page.</summary>
    Wrap,

    /// <summary>A part fits; the rest continues on the next page.</summary>
    Partial,

    /// <summary>The whole (remaining) content fits.</summary>
    Full,
}

/// <summary>Result of <see cref="Element.Measure"/>: kind plus the size the element will occupy.</summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, float Width, float Height)
{
    public static SpacePlan Empty { get; } = new(SpacePlanKind.Empty, 0, 0);

    public static SpacePlan Wrap { get; } = new(SpacePlanKind.Wrap, 0, 0);

    public static SpacePlan Partial(float width, float height) => new(SpacePlanKind.Partial, width, height);

    public static SpacePlan Full(float width, float height) => new(SpacePlanKind.Full, width, height);

    public bool IsWrap => Kind == SpacePlanKind.Wrap;

    public bool IsEmpty => Kind == SpacePlanKind.Empty;

    /// <summary>True if drawing with this plan produces something (partial or full).</summary>
    public bool Draws => Kind is SpacePlanKind.Partial or SpacePlanKind.Full;
}
