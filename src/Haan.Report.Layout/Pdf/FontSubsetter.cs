using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace Haan.Report.Layout.Pdf;

/// <summary>
/// Subsets a font program with HarfBuzz's subsetter (hb-subset), which the native library shipped with HarfBuzzSharp
/// contains but HarfBuzzSharp does not wrap. Glyph ids are retained, so the PDF can use them as CIDs with
/// <c>/CIDToGIDMap /Identity</c>, and hinting is dropped (PDF viewers do not need it).
/// </summary>
internal static partial class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";
    private const uint NoHinting = 0x1;
    private const uint RetainGids = 0x2;

    public static byte[] Subset(Face face, IEnumerable<ushort> glyphs)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("hb_subset_input_create_or_fail failed.");
        }

        try
        {
            var set = hb_subset_input_glyph_set(input);
            hb_set_add(set, 0);
            foreach (var glyph in glyphs)
            {
                hb_set_add(set, glyph);
            }

            hb_subset_input_set_flags(input, NoHinting | RetainGids);
            var subset = hb_subset_or_fail(face.Handle, input);
            if (subset == IntPtr.Zero)
            {
                throw new InvalidOperationException("hb_subset_or_fail failed.");
            }

            try
            {
                var blob = hb_face_reference_blob(subset);
                try
                {
                    var data = hb_blob_get_data(blob, out var length);
                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    return bytes;
                }
                finally
                {
                    hb_blob_destroy(blob);
                }
            }
            finally
            {
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_or_fail(IntPtr source, IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);
}
