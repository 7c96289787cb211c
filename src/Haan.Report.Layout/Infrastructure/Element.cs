using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>
/// Base of every layout element. The model follows QuestPDF: <c>Measure</c> answers how much of the remaining
/// content fits into the offered size without changing any state; <c>Draw</c> draws that part and advances the
/// element's paging state so the next page continues where this one stopped. An element instance may appear only
/// once in a document tree.
/// </summary>
public abstract class Element
{
    internal Element? Parent { get; set; }

    /// <summary>Child elements in document order (used for reset, parent links and the error path).</summary>
    internal virtual IEnumerable<Element> Children => [];

    /// <summary>German label naming this element in error messages, or null if it should not appear in the path.</summary>
    internal virtual string? PathLabel => null;

    /// <summary>Space a column puts before this element unless it is the first one on the page (used by headings).</summary>
    internal virtual float SpaceBefore => 0;

    /// <summary>If true, a column moves this element to the next page when the following element would not start on this one.</summary>
    internal virtual bool StaysWithNext => false;

    internal abstract SpacePlan Measure(LayoutContext context, SKSize available);

    /// <summary>Draws the element's content (called through <see cref="Draw"/>, which adds the structure element).</summary>
    internal abstract void DrawContent(LayoutContext context, SKSize available);

    /// <summary>
    /// The element's role in the tagged PDF's structure tree; null = the element's default role (paragraphs are P,
    /// headings H1–H6, tables Table, lists L, …), <see cref="StructureRole.None"/> = no structure element of its own.
    /// </summary>
    public StructureRole? Role { get; init; }

    /// <summary>The role an element has when <see cref="Role"/> is not set.</summary>
    internal virtual StructureRole DefaultRole => StructureRole.None;

    /// <summary>The structure element this element opens while it draws, or null.</summary>
    internal virtual StructureInfo? Structure => (Role ?? DefaultRole) is var role && role != StructureRole.None ? new StructureInfo(role) : null;

    /// <summary>Draws the part that fits (see <see cref="DrawContent"/>) inside the element's structure element.</summary>
    internal void Draw(LayoutContext context, SKSize available)
    {
        if (context.Surface is not { } surface || Structure is not { } info)
        {
            DrawContent(context, available);
            return;
        }

        surface.BeginStructure(this, info);
        try
        {
            DrawContent(context, available);
        }
        finally
        {
            surface.EndStructure();
        }
    }

    /// <summary>Resets the paging state of this element only (not of its children).</summary>
    internal virtual void ResetState()
    {
    }
}
