using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Haan.Report.Layout;

/// <summary>
/// Adds what SkiaSharp cannot write — bookmarks (outline), the document language and complete document info —
/// using PDFsharp 6.2.4, and then makes the bytes deterministic: PDFsharp writes random document IDs, XMP uuids
/// and the current time; these are replaced by values derived from a content hash (same lengths, so the xref
/// offsets stay valid) and by the caller's fixed date.
/// </summary>
internal static partial class PdfPostProcessor
{
    public static byte[] Process(byte[] pdf, Document document, LayoutContext context)
    {
        using var input = new MemoryStream(pdf);
        using var output = new MemoryStream();
        using (var pdfDocument = PdfReader.Open(input, PdfDocumentOpenMode.Modify))
        {
            AddOutline(pdfDocument, context);
            SetInfo(pdfDocument, document.Metadata);
            if (document.Metadata.Language is { } language)
            {
                pdfDocument.Internals.Catalog.Elements.SetString("/Lang", language);
            }

            pdfDocument.Options.Layout = PdfWriterLayout.Compact;
            pdfDocument.Save(output, false);
        }

        return Normalise(output.ToArray(), document.Metadata.Date);
    }

    private static void AddOutline(PdfDocument pdfDocument, LayoutContext context)
    {
        var open = new List<(int Level, PdfOutline Outline)>();
        foreach (var record in context.Headings)
        {
            if (!record.InOutline)
            {
                continue;
            }

            while (open.Count > 0 && open[^1].Level >= record.Level)
            {
                open.RemoveAt(open.Count - 1);
            }

            var page = pdfDocument.Pages[record.Page - 1];
            var collection = open.Count == 0 ? pdfDocument.Outlines : open[^1].Outline.Outlines;
            var outline = collection.Add(record.Title.Replace("\u00AD", string.Empty, StringComparison.Ordinal), page, record.Level == 1);
            outline.PageDestinationType = PdfPageDestinationType.Xyz;
            outline.Left = 0;
            outline.Top = record.PageHeight - record.Y; // PDF user space counts from the bottom
            open.Add((record.Level, outline));
        }

        if (pdfDocument.Outlines.Count > 0)
        {
            pdfDocument.PageMode = PdfPageMode.UseOutlines;
        }
    }

    private static void SetInfo(PdfDocument pdfDocument, DocumentMetadata metadata)
    {
        var info = pdfDocument.Info.Elements;
        SetOrRemove(info, "/Title", metadata.Title);
        SetOrRemove(info, "/Author", metadata.Author);
        SetOrRemove(info, "/Subject", metadata.Subject);
        SetOrRemove(info, "/Keywords", metadata.Keywords);
        SetOrRemove(info, "/Creator", metadata.Creator);
        var date = metadata.Date is { } value ? PdfDate(value) : null;
        SetOrRemove(info, "/CreationDate", date);
        SetOrRemove(info, "/ModDate", date);
    }

    private static void SetOrRemove(PdfDictionary.DictionaryElements elements, string key, string? value)
    {
        if (value is null)
        {
            elements.Remove(key);
        }
        else
        {
            elements.SetString(key, value);
        }
    }

    private static string PdfDate(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"D:{date:yyyyMMddHHmmss}{sign}{abs.Hours:00}'{abs.Minutes:00}'");
    }

    /// <summary>Replaces random IDs/uuids and clock dates by hash-derived values of the same length.</summary>
    private static byte[] Normalise(byte[] pdf, DateTimeOffset? date)
    {
        // Latin-1 maps bytes 1:1 to chars, so lengths and offsets are preserved.
        var text = Encoding.Latin1.GetString(pdf);
        var blank = UuidPattern().Replace(text, m => new string('0', m.Length));
        blank = IdPattern().Replace(blank, m => new string('0', m.Length));
        blank = XmpDatePattern().Replace(blank, m => new string('0', m.Length));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.Latin1.GetBytes(blank)));

        var counter = 0;
        text = UuidPattern().Replace(text, m => "uuid:" + Derive(hash, ref counter, m.Value[5..], upper: false));
        text = IdPattern().Replace(text, m => Derive(hash, ref counter, m.Value, upper: true));
        var xmpDate = date?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        text = XmpDatePattern().Replace(text, m => FixedXmpDate(m.Value, xmpDate));
        return Encoding.Latin1.GetBytes(text);
    }

    private static string Derive(string hash, ref int counter, string original, bool upper)
    {
        var builder = new StringBuilder(original.Length);
        var seed = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(hash + counter.ToString(CultureInfo.InvariantCulture))));
        counter++;
        var i = 0;
        foreach (var c in original)
        {
            if (Uri.IsHexDigit(c))
            {
                var digit = seed[i++ % seed.Length];
                builder.Append(upper ? char.ToUpperInvariant(digit) : digit);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>An XMP date element gets the caller's date padded to the original length, or a neutral epoch date.</summary>
    private static string FixedXmpDate(string element, string? date)
    {
        var open = element.IndexOf('>', StringComparison.Ordinal) + 1;
        var close = element.LastIndexOf('<');
        var length = close - open;
        var value = date ?? "1970-01-01T00:00:00Z";
        value = value.Length >= length ? value[..length] : value.PadRight(length, ' ');
        return string.Concat(element.AsSpan(0, open), value, element.AsSpan(close));
    }

    [GeneratedRegex("uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex UuidPattern();

    [GeneratedRegex("(?<=/ID\\s*\\[\\s*<)[0-9a-fA-F]+|(?<=/ID\\s*\\[\\s*<[0-9a-fA-F]+>\\s*<)[0-9a-fA-F]+")]
    private static partial Regex IdPattern();

    [GeneratedRegex("<xmp:(?:CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:(?:CreateDate|ModifyDate|MetadataDate)>")]
    private static partial Regex XmpDatePattern();
}
