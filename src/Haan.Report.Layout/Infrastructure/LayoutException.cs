namespace Haan.Report.Layout;

/// <summary>Layout failed: content that can never fit, a missing font file, a runaway document, … The message is German and meant for users.</summary>
public sealed class LayoutException : Exception
{
    public LayoutException(string message)
        : base(message)
    {
    }

    public LayoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The element that could not be placed and its ancestors, innermost first (empty when not about one element).</summary>
    public IReadOnlyList<Element> Elements { get; init; } = [];
}
