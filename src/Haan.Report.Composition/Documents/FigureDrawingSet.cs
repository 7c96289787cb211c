namespace Haan.Report.Composition.Documents;

/// <summary>The recorded drawings of one build, released together when the PDF and the web edition are written.</summary>
internal sealed class FigureDrawingSet(IReadOnlyList<FigureDrawing> drawings) : IDisposable
{
    public void Dispose()
    {
        foreach (var drawing in drawings)
        {
            drawing.Dispose();
        }
    }
}
