namespace Haan.Report.Templates.Markdown;

/// <summary>
/// Markdown written by the program itself (e.g. the methods text from the code), inserted into a template as it is.
/// Every other text a template expression writes is data and is escaped (<see cref="MarkdownText.Escape"/>).
/// </summary>
public sealed record MarkdownFragment(string Markdown)
{
    public override string ToString() => Markdown;
}
