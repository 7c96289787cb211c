using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>Category matrix; see <see cref="CategoryMatrixSpec"/>. Cell colour: diverging by row + column index.</summary>
public sealed class CategoryMatrixFigure : Figure
{
    private readonly CategoryMatrixSpec _spec;

    public CategoryMatrixFigure(CategoryMatrixSpec spec, ChartStyle style) : base(style)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.RowLabels.Count == 0 || spec.ColumnLabels.Count == 0) throw new ArgumentException("A matrix needs rows and columns.", nameof(spec));
        var outside = spec.Entries.FirstOrDefault(e => e.Row < 0 || e.Row >= spec.RowLabels.Count || e.Column < 0 || e.Column >= spec.ColumnLabels.Count);
        if (outside is not null) throw new ArgumentException($"Entry {outside.Label} lies outside the matrix.", nameof(spec));
        _spec = spec;
    }

    public override double PreferredAspectRatio => 160.0 / 95.0;

    public override string AltText
    {
        get
        {
            var text = $"Matrix: {_spec.Subject} mit {_spec.RowLabels.Count} Klassen „{_spec.RowTitle}“ und {_spec.ColumnLabels.Count} Klassen „{_spec.ColumnTitle}“ für {_spec.Entries.Count} {_spec.ItemNoun}";
            if (_spec.Finding is { Length: > 0 } finding) text += "; " + finding;
            return text + ".";
        }
    }

    /// <summary>
    /// Cell colour: the step of the diverging scheme given by the sum of row and column index (top left = coolest,
    /// sums beyond the last step stay at the warmest), as a lighter tint so the names stay readable.
    /// </summary>
    internal static SKColor CellColor(int row, int column)
    {
        var c = Palettes.Diverging[Math.Min(row + column, Palettes.Diverging.Count - 1)];
        // Lighter tint: mix 55 % with white.
        return new SKColor((byte)(c.Red + ((255 - c.Red) * 0.45)), (byte)(c.Green + ((255 - c.Green) * 0.45)), (byte)(c.Blue + ((255 - c.Blue) * 0.45)));
    }

    private protected override void DrawContent(SKCanvas canvas, SKRect bounds)
    {
        var rows = _spec.RowLabels.Count;
        var columns = _spec.ColumnLabels.Count;
        using var font = Style.Font(Style.FontSize);
        using var bold = Style.Font(Style.FontSize, bold: true);
        using var muted = Style.Font(Style.SmallFontSize);
        var lineHeight = TextDrawing.LineHeight(font);
        var ascent = TextDrawing.Metrics(font).Ascent;
        var headerHeight = (lineHeight * 2) + 4;
        var rowHeaderWidth = Math.Max(_spec.RowLabels.Max(l => TextDrawing.Width(l, font)), TextDrawing.Width(_spec.RowTitle, bold)) + 22;
        var gridLeft = bounds.Left + rowHeaderWidth;
        var gridTop = bounds.Top + headerHeight;
        var noteHeight = _spec.ColourKey is null ? 0 : TextDrawing.LineHeight(muted) + 3;
        var cellWidth = (bounds.Right - gridLeft) / columns;
        var cellHeight = (bounds.Bottom - noteHeight - gridTop) / rows;

        if (_spec.ColourKey is { } key)
        {
            TextDrawing.Draw(canvas, key, gridLeft, bounds.Bottom - TextDrawing.Metrics(muted).Descent - 0.5f, muted, Palettes.MutedText);
        }

        // Column header: the title and the categories.
        TextDrawing.Draw(canvas, _spec.ColumnTitle, gridLeft + (cellWidth * columns / 2f), bounds.Top + ascent, bold, Palettes.Text, SKTextAlign.Center);
        for (var c = 0; c < columns; c++)
        {
            TextDrawing.Draw(canvas, _spec.ColumnLabels[c], gridLeft + (cellWidth * (c + 0.5f)), bounds.Top + lineHeight + ascent + 2, font, Palettes.Text, SKTextAlign.Center);
        }

        // Row header: the title rotated, and the categories.
        canvas.Save();
        canvas.RotateDegrees(-90, bounds.Left + ascent, gridTop + (cellHeight * rows / 2f));
        TextDrawing.Draw(canvas, _spec.RowTitle, bounds.Left + ascent, gridTop + (cellHeight * rows / 2f), bold, Palettes.Text, SKTextAlign.Center);
        canvas.Restore();

        using var cellBorder = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Stroke, StrokeWidth = 2f, IsAntialias = true };
        for (var r = 0; r < rows; r++)
        {
            var rowTop = gridTop + (r * cellHeight);
            TextDrawing.Draw(canvas, _spec.RowLabels[r], gridLeft - 6, rowTop + (cellHeight / 2) + (ascent / 2) - 1, font, Palettes.Text, SKTextAlign.Right);
            for (var c = 0; c < columns; c++)
            {
                var cell = new SKRect(gridLeft + (c * cellWidth), rowTop, gridLeft + ((c + 1) * cellWidth), rowTop + cellHeight);
                using (var fill = new SKPaint { Color = CellColor(r, c), IsAntialias = true })
                {
                    canvas.DrawRect(cell, fill);
                }

                canvas.DrawRect(cell, cellBorder);
                var names = _spec.Entries.Where(e => e.Row == r && e.Column == c).Select(e => e.Label).ToList();
                if (names.Count == 0) continue;
                var lines = TextDrawing.Wrap(string.Join(", ", names), bold, cell.Width - 8);
                var maxLines = Math.Max(1, (int)((cell.Height - 4) / lineHeight));
                if (lines.Count > maxLines) lines = lines.Take(maxLines - 1).Append("…").ToList();
                var y = cell.MidY - (lines.Count * lineHeight / 2) + ascent;
                foreach (var line in lines)
                {
                    TextDrawing.Draw(canvas, TextDrawing.Fit(line, bold, cell.Width - 6), cell.MidX, y, bold, Palettes.Text, SKTextAlign.Center);
                    y += lineHeight;
                }
            }
        }
    }
}
