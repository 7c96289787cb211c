using System.Globalization;
using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>
/// The page loop. Pass 1 lays out every page without drawing and records where anchors and headings land;
/// pass 2 lays out again, now knowing page numbers (TOC, "Seite X von Y", current chapter), and draws.
/// </summary>
internal static class PageLoop
{
    private const int MaxPagesWithoutProgress = 3;

    public static LayoutContext Run(Document document, IDrawingSurface? target, List<string>? dump)
    {
        if (document.Sections.Count == 0)
        {
            throw new LayoutException("Das Dokument enthält keine Abschnitte.");
        }

        var headings = Prepare(document);
        using var recorder = target is null ? null : new FigureRecorder();
        try
        {
            var pass1 = RunPass(document, headings, null, null, null, recorder);
            Reset(document);
            return RunPass(document, headings, pass1, target, dump, recorder);
        }
        finally
        {
            Reset(document);
        }
    }

    /// <summary>Sets parent links, checks anchor ids and generates missing heading ids; returns all headings in document order.</summary>
    private static List<Heading> Prepare(Document document)
    {
        var all = new List<Element>();
        var seen = new HashSet<Element>(ReferenceEqualityComparer.Instance);
        foreach (var section in document.Sections)
        {
            section.Content.Parent = null;
            ElementTree.SetParents(section.Content, all, seen);
        }

        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in all)
        {
            var (id, label) = element switch
            {
                Heading h => (h.AnchorId, h.PathLabel),
                Anchor a => (a.Id, $"Anker „{a.Id}“"),
                _ => (null, null),
            };
            if (id is not null && !anchors.Add(id))
            {
                throw new LayoutException($"Der Anker '{id}' ist im Dokument mehrfach vergeben (zuletzt: {label}).");
            }
        }

        var headings = all.OfType<Heading>().ToList();
        var number = 0;
        foreach (var heading in headings)
        {
            number++;
            if (heading.AnchorId is null)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"section-{number}");
                while (!anchors.Add(id))
                {
                    id += "-x";
                }

                heading.AnchorId = id;
            }
        }

        return headings;
    }

    private static void Reset(Document document)
    {
        foreach (var section in document.Sections)
        {
            ElementTree.Reset(section.Content);
        }
    }

    private static LayoutContext RunPass(Document document, List<Heading> headings, LayoutContext? previous, IDrawingSurface? target, List<string>? dump, FigureRecorder? recorder)
    {
        var context = new LayoutContext(document, previous) { AllHeadings = headings, Dump = dump, Recorder = recorder };
        for (var s = 0; s < document.Sections.Count; s++)
        {
            var section = document.Sections[s];
            var sectionName = section.Name ?? string.Create(CultureInfo.InvariantCulture, $"Abschnitt {s + 1}");
            context.SectionName = sectionName;
            RunSection(context, section, target);
        }

        return context;
    }

    private static void RunSection(LayoutContext context, Section section, IDrawingSurface? target)
    {
        var template = section.Template;
        var content = section.Content;
        var first = true;
        var withoutProgress = 0;
        var width = template.Size.Width - template.Margins.Left - template.Margins.Right;
        while (true)
        {
            var pageNumber = context.PageNumber + 1;
            if (pageNumber > context.Document.MaxPages)
            {
                throw new LayoutException(
                    $"Das Dokument überschreitet die Höchstzahl von {context.Document.MaxPages.ToString(CultureInfo.InvariantCulture)} Seiten " +
                    $"(zuletzt gesetzt: {context.SectionName}{ChapterSuffix(context.CurrentChapter)}). Vermutlich erzeugt ein Element endlos neue Seiten.");
            }

            var page = new PageContext(pageNumber, context.Previous?.PageNumber ?? pageNumber, ChapterOn(context, pageNumber));
            var header = Decoration(template.Header, page);
            var footer = Decoration(template.Footer, page);
            var headerHeight = DecorationHeight(context, header, width, template.Size.Height, "Kopfzeile");
            var footerHeight = DecorationHeight(context, footer, width, template.Size.Height, "Fußzeile");
            var bodyTop = template.Margins.Top + headerHeight + (header is null ? 0 : template.DecorationSpacing);
            var bodyHeight = template.Size.Height - bodyTop - template.Margins.Bottom - footerHeight - (footer is null ? 0 : template.DecorationSpacing);
            var body = new SKSize(width, bodyHeight);

            context.PageNumber = pageNumber;
            context.PageSize = template.Size;
            context.BodyHeight = bodyHeight;
            context.ForceFit = false;
            context.NoFit = null;
            var plan = content.Measure(context, body);
            if (plan.IsEmpty && !first)
            {
                context.PageNumber--;
                return;
            }

            if (plan.IsWrap)
            {
                // Nothing fits on an empty page: suspend the soft rules (keep with next, keep together, ensure space).
                context.ForceFit = true;
                context.NoFit = null;
                plan = content.Measure(context, body);
                if (plan.IsWrap)
                {
                    throw NoFitError(context, bodyHeight);
                }
            }

            target?.BeginPage(template.Size);
            context.Surface = target;
            context.PageFresh = true;
            context.RecordDump("page", new SKRect(0, 0, template.Size.Width, template.Size.Height));
            context.RecordDump("body", SKRect.Create(template.Margins.Left, bodyTop, width, bodyHeight));
            context.PushOffset(template.Margins.Left, bodyTop);
            content.Draw(context, body);
            context.PopOffset();

            context.InPageDecoration = true;
            target?.BeginArtifact(pagination: true);
            if (header is not null)
            {
                context.PushOffset(template.Margins.Left, template.Margins.Top);
                header.Draw(context, new SKSize(width, headerHeight));
                context.PopOffset();
            }

            if (footer is not null)
            {
                context.PushOffset(template.Margins.Left, template.Size.Height - template.Margins.Bottom - footerHeight);
                footer.Draw(context, new SKSize(width, footerHeight));
                context.PopOffset();
            }

            target?.EndArtifact();
            context.InPageDecoration = false;
            var fresh = context.PageFresh;
            if (target is not null)
            {
                target.EndPage();
            }

            context.Surface = null;
            first = false;
            if (plan.Kind is SpacePlanKind.Empty)
            {
                return;
            }

            withoutProgress = fresh ? withoutProgress + 1 : 0;
            if (withoutProgress > MaxPagesWithoutProgress)
            {
                throw new LayoutException(
                    $"Das Layout kommt nicht voran: {MaxPagesWithoutProgress.ToString(CultureInfo.InvariantCulture)} Seiten in Folge blieben leer " +
                    $"(ab Seite {(pageNumber - MaxPagesWithoutProgress).ToString(CultureInfo.InvariantCulture)}, {context.SectionName}{ChapterSuffix(context.CurrentChapter)}).");
            }
        }
    }

    private static Element? Decoration(Func<PageContext, Element>? factory, PageContext page)
    {
        if (factory is null)
        {
            return null;
        }

        var element = factory(page);
        element.Parent = null;
        ElementTree.SetParents(element, null);
        return element;
    }

    private static float DecorationHeight(LayoutContext context, Element? element, float width, float pageHeight, string label)
    {
        if (element is null)
        {
            return 0;
        }

        var plan = element.Measure(context, new SKSize(width, pageHeight / 3));
        if (plan.Kind is SpacePlanKind.Wrap or SpacePlanKind.Partial)
        {
            throw new LayoutException($"Die {label} ist zu hoch: Sie darf höchstens ein Drittel der Seite einnehmen ({context.SectionName}).");
        }

        return plan.Height;
    }

    private static string? ChapterOn(LayoutContext context, int pageNumber)
    {
        var records = context.Previous?.Headings ?? context.Headings;
        string? chapter = null;
        foreach (var record in records)
        {
            if (record.Page > pageNumber)
            {
                break;
            }

            if (record.Level == 1)
            {
                chapter = record.Title;
            }
        }

        return chapter;
    }

    private static string ChapterSuffix(string? chapter) => chapter is null ? string.Empty : $", Kapitel „{chapter}“";

    private static LayoutException NoFitError(LayoutContext context, float bodyHeight)
    {
        var path = new List<string> { "Dokument", context.SectionName };
        if (context.NoFit is not { } reason)
        {
            if (context.CurrentChapter is not null)
            {
                path.Add($"Kapitel „{context.CurrentChapter}“");
            }

            return new LayoutException(
                $"Inhalt passt auf keine Seite: verfügbar sind {Mm(bodyHeight)} mm (Pfad: {string.Join(" › ", path)}).");
        }

        if (reason.Chapter is not null)
        {
            path.Add($"Kapitel „{reason.Chapter}“");
        }

        var labels = new List<string>();
        for (var element = reason.Element; element is not null; element = element.Parent)
        {
            if (element.PathLabel is { } label)
            {
                labels.Add(label);
            }
        }

        labels.Reverse();
        path.AddRange(labels);
        var elements = new List<Element>();
        for (var element = reason.Element; element is not null; element = element.Parent)
        {
            elements.Add(element);
        }

        return new LayoutException(
            $"Inhalt passt auf keine Seite: {reason.What} ist {Mm(reason.Needed)} mm hoch, verfügbar sind {Mm(reason.Available)} mm " +
            $"(Pfad: {string.Join(" › ", path)}).")
        { Elements = elements };
    }

    private static string Mm(float points) => Math.Round(Units.ToMm(points)).ToString("0", CultureInfo.InvariantCulture);
}
