using SkiaSharp;

namespace Haan.Report.Layout.Pdf;

/// <summary>
/// The tagged PDF backend of the drawing seam. Every painting operator lands inside marked content: an MCID that
/// belongs to the innermost open structure element, or an Artifact. Marked content is opened lazily right before
/// content is painted and closed when the owner changes, so it never crosses BT/ET or q/Q. Structure elements are
/// created when their first content is painted (empty elements never appear) and continue on later pages under the
/// same key.
/// </summary>
internal sealed class PdfSurface : IDrawingSurface, IDisposable
{
    private readonly Dictionary<FontFace, EmbeddedFont> fonts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, StructureNode> nodes = [];
    private readonly List<Pending> open = [];
    private readonly Dictionary<byte, (string Name, int Number)> alphaStates = [];
    private int artifactDepth;
    private bool paginationArtifact;
    private MarkedState marked;
    private StructureNode? markedNode;
    private PdfPage? page;
    private ContentStream? content;

    public PdfSurface()
    {
        Figures = new FigureImporter(Objects);
        Root = new StructureNode(new StructureInfo(StructureRole.Document), null);
    }

    private enum MarkedState
    {
        None,
        Artifact,
        Content,
    }

    public PdfObjectSet Objects { get; } = new();

    public FigureImporter Figures { get; }

    public StructureNode Root { get; }

    public List<PdfPage> Pages { get; } = [];

    public IReadOnlyCollection<EmbeddedFont> EmbeddedFonts => fonts.Values;

    public Dictionary<string, (PdfPage Page, SKPoint Point)> Destinations { get; } = new(StringComparer.Ordinal);

    public void BeginPage(SKSize size)
    {
        page = new PdfPage(Pages.Count, Objects.Reserve(), size);
        Pages.Add(page);
        content = new ContentStream(size.Height);
    }

    public void EndPage()
    {
        CloseMarked();
        var current = CurrentPage;
        current.Content = content!.ToArray();
        page = null;
        content = null;
    }

    private PdfPage CurrentPage => page ?? throw new InvalidOperationException("No page has been started.");

    private ContentStream Stream => content ?? throw new InvalidOperationException("No page has been started.");

    /// <summary>The embedded font of a face (created on first use).</summary>
    public EmbeddedFont Font(FontFace face)
    {
        if (!fonts.TryGetValue(face, out var font))
        {
            font = new EmbeddedFont(face, Objects.Reserve(), "F" + (fonts.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            fonts.Add(face, font);
        }

        return font;
    }

    public void DrawGlyphs(FontFace face, float size, SKColor color, ReadOnlySpan<ushort> glyphs, ReadOnlySpan<SKPoint> positions)
    {
        if (glyphs.Length == 0)
        {
            return;
        }

        BeginMarked(artifact: false);
        var font = Font(face);
        CurrentPage.Fonts[font.ResourceName] = font.ObjectNumber;
        var s = Stream;
        var alpha = color.Alpha < 255;
        if (alpha)
        {
            s.Op("q").Name(AlphaState(color.Alpha)).Op("gs");
        }

        s.Op("BT").Name(font.ResourceName).Numbers(size).Op("Tf").FillColor(color);
        var start = 0;
        while (start < glyphs.Length)
        {
            // One segment per baseline.
            var end = start + 1;
            while (end < glyphs.Length && positions[end].Y == positions[start].Y)
            {
                end++;
            }

            WriteSegment(s, font, size, glyphs[start..end], positions[start..end]);
            start = end;
        }

        s.Op("ET");
        if (alpha)
        {
            s.Op("Q");
        }
    }

    /// <summary>Glyphs on one baseline: one TJ whose adjustments place every glyph exactly where the layout put it.</summary>
    private static void WriteSegment(ContentStream s, EmbeddedFont font, float size, ReadOnlySpan<ushort> glyphs, ReadOnlySpan<SKPoint> positions)
    {
        s.Numbers(1, 0, 0, 1, positions[0].X, s.Y(positions[0].Y)).Op("Tm");
        s.Raw("[");
        var chunkStart = 0;
        double pen = positions[0].X;
        for (var i = 0; i < glyphs.Length; i++)
        {
            font.Use(glyphs[i]);
            pen += Math.Round(font.Width(glyphs[i]), 3) * size / 1000.0;
            if (i + 1 == glyphs.Length)
            {
                break;
            }

            var delta = positions[i + 1].X - pen;
            if (Math.Abs(delta) > 0.0005)
            {
                s.Glyphs(glyphs[chunkStart..(i + 1)]);
                var adjustment = Math.Round(-delta * 1000.0 / size, 3);
                s.Raw(" ").Raw(PdfBuffer.Format(adjustment)).Raw(" ");
                pen -= adjustment * size / 1000.0;
                chunkStart = i + 1;
            }
        }

        s.Glyphs(glyphs[chunkStart..]);
        s.Raw("] ").Op("TJ");
    }

    public void FillRect(SKRect rect, SKColor color)
    {
        BeginMarked(artifact: true);
        var s = Stream.Op("q");
        if (color.Alpha < 255)
        {
            s.Name(AlphaState(color.Alpha)).Op("gs");
        }

        s.FillColor(color).Rectangle(rect).Op("f").Op("Q");
    }

    public void StrokeRect(SKRect rect, SKColor color, float width)
    {
        BeginMarked(artifact: true);
        Stream.Op("q").Numbers(width).Op("w").StrokeColor(color).Rectangle(rect).Op("S").Op("Q");
    }

    public void Line(SKPoint from, SKPoint to, SKColor color, float width, bool dotted)
    {
        BeginMarked(artifact: true);
        var s = Stream.Op("q").Numbers(width).Op("w").StrokeColor(color);
        if (dotted)
        {
            var pattern = SkiaSurface.DottedPattern;
            s.Raw("[").Numbers(pattern[0], pattern[1]).Raw("] 0 d 1 J\n");
        }

        s.MoveTo(from).LineTo(to).Op("S").Op("Q");
    }

    public void DrawVector(SKRect bounds, Action<SKCanvas, SKSize> draw)
    {
        BeginMarked(artifact: false);
        var number = Figures.Add(bounds.Size, draw);
        var name = "Fm" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        CurrentPage.XObjects[name] = number;
        var s = Stream;
        s.Op("q").Numbers(1, 0, 0, 1, bounds.Left, s.Y(bounds.Bottom)).Op("cm").Name(name).Op("Do").Op("Q");
    }

    public void DrawImage(SKRect bounds, SKImage image)
        => DrawVector(bounds, (canvas, size) => canvas.DrawImage(image, new SKRect(0, 0, size.Width, size.Height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)));

    public void Link(SKRect rect, string? url, string? anchorId, string contents)
    {
        if (artifactDepth > 0)
        {
            return;
        }

        var owner = Current();
        if (owner.Info.Role != StructureRole.Link)
        {
            var link = new StructureNode(new StructureInfo(StructureRole.Link), owner);
            owner.Kids.Add(link);
            owner = link;
        }

        var number = Objects.Reserve();
        owner.Kids.Add(new AnnotationReference(CurrentPage.Index, number));
        CurrentPage.Links.Add(new PdfLink(number, rect, url, anchorId, contents, owner));
    }

    public void Destination(string anchorId, SKPoint point) => Destinations.TryAdd(anchorId, (CurrentPage, point));

    public void BeginStructure(object key, StructureInfo info)
    {
        open.Add(new Pending(key, info));
        if (info.Role is StructureRole.TableHeaderCell or StructureRole.TableDataCell && artifactDepth == 0)
        {
            Current(); // table cells exist even when empty, so every row has all its cells
        }
    }

    public void EndStructure() => open.RemoveAt(open.Count - 1);

    public void BeginArtifact(bool pagination)
    {
        if (artifactDepth++ == 0)
        {
            paginationArtifact = pagination;
        }
    }

    public void EndArtifact() => artifactDepth--;

    /// <summary>The innermost open structure element, created (with its open ancestors) on first use.</summary>
    private StructureNode Current()
    {
        var parent = Root;
        foreach (var pending in open)
        {
            if (pending.Node is null)
            {
                if (!nodes.TryGetValue(pending.Key, out var node))
                {
                    node = new StructureNode(pending.Info, parent);
                    parent.Kids.Add(node);
                    nodes.Add(pending.Key, node);
                }

                pending.Node = node;
            }

            parent = pending.Node;
        }

        return parent;
    }

    private void BeginMarked(bool artifact)
    {
        var s = Stream;
        if (artifact || artifactDepth > 0)
        {
            if (marked == MarkedState.Artifact)
            {
                return;
            }

            CloseMarked();
            s.Raw(artifactDepth > 0 && paginationArtifact ? "/Artifact <</Type /Pagination>> BDC\n" : "/Artifact <</Type /Layout>> BDC\n");
            marked = MarkedState.Artifact;
            return;
        }

        var node = Current();
        if (marked == MarkedState.Content && ReferenceEquals(markedNode, node))
        {
            return;
        }

        CloseMarked();
        var current = CurrentPage;
        var mcid = current.MarkedContent.Count;
        current.MarkedContent.Add(node);
        node.Kids.Add(new MarkedContentReference(current.Index, mcid));
        s.Name(node.Info.TypeName).Raw("<</MCID ").Raw(mcid.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw(">> BDC\n");
        marked = MarkedState.Content;
        markedNode = node;
    }

    private void CloseMarked()
    {
        if (marked != MarkedState.None)
        {
            Stream.Op("EMC");
        }

        marked = MarkedState.None;
        markedNode = null;
    }

    private string AlphaState(byte alpha)
    {
        if (!alphaStates.TryGetValue(alpha, out var state))
        {
            var value = alpha / 255.0;
            var number = Objects.Add(new PdfDictionary().With("Type", "ExtGState").With("ca", value).With("CA", value));
            state = ("GA" + alpha.ToString(System.Globalization.CultureInfo.InvariantCulture), number);
            alphaStates.Add(alpha, state);
        }

        CurrentPage.GraphicsStates[state.Name] = state.Number;
        return state.Name;
    }

    public void Dispose() => Figures.Dispose();

    private sealed class Pending(object key, StructureInfo info)
    {
        public object Key { get; } = key;

        public StructureInfo Info { get; } = info;

        public StructureNode? Node { get; set; }
    }
}
