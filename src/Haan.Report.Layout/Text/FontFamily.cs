namespace Haan.Report.Layout;

/// <summary>
/// A font family loaded from exactly four font files supplied by the caller. System fonts are never used, so the
/// output does not depend on the machine.
/// </summary>
public sealed class FontFamily : IDisposable
{
    private readonly FontFace[] faces;

    private FontFamily(FontFace regular, FontFace bold, FontFace italic, FontFace boldItalic)
    {
        faces = [regular, bold, italic, boldItalic];
    }

    /// <summary>Loads the four faces. A missing or unreadable file throws a <see cref="LayoutException"/> naming the path.</summary>
    public static FontFamily FromFiles(string regular, string bold, string italic, string boldItalic)
    {
        var loaded = new List<FontFace>();
        try
        {
            foreach (var path in new[] { regular, bold, italic, boldItalic })
            {
                loaded.Add(FontFace.Load(path));
            }

            return new FontFamily(loaded[0], loaded[1], loaded[2], loaded[3]);
        }
        catch
        {
            foreach (var face in loaded)
            {
                face.Dispose();
            }

            throw;
        }
    }

    internal FontFace Face(bool bold, bool italic) => faces[(bold ? 1 : 0) + (italic ? 2 : 0)];

    /// <summary>
    /// The Skia typeface of a face, e.g. to let charts drawn on a canvas element use the very same typeface objects —
    /// the PDF then embeds each font once instead of once per typeface object. Owned by this family.
    /// </summary>
    public SkiaSharp.SKTypeface Typeface(bool bold, bool italic) => Face(bold, italic).Typeface;

    public void Dispose()
    {
        foreach (var face in faces)
        {
            face.Dispose();
        }
    }
}
