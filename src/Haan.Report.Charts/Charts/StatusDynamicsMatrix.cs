using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>Status class of the Sozialindex (Berlin MSS style): hoch = favourable … sehr niedrig = most burden.</summary>
public enum StatusClass
{
    Hoch,
    Mittel,
    Niedrig,
    SehrNiedrig,
}

/// <summary>Dynamics class of the Sozialindex over two years.</summary>
public enum DynamicsClass
{
    Positiv,
    Stabil,
    Negativ,
}

/// <summary>An area placed in the matrix.</summary>
public sealed record MatrixEntry(string Label, StatusClass Status, DynamicsClass Dynamics);

/// <summary>The status/dynamics matrix: 4 status classes (rows) × 3 dynamics classes (columns), areas in the cells.</summary>
public sealed record StatusDynamicsSpec(IReadOnlyList<MatrixEntry> Entries)
{
    /// <summary>Subject for the alt text, e.g. „Sozialindex 2023“.</summary>
    public string Subject { get; init; } = "Sozialindex";
}

/// <summary>Status/dynamics matrix; see <see cref="StatusDynamicsSpec"/>. Cell colour: diverging by combined need.</summary>
public sealed class StatusDynamicsFigure : Figure
{
    private static readonly string[] StatusLabels = ["hoch", "mittel", "niedrig", "sehr niedrig"];
    private static readonly string[] DynamicsLabels = ["positiv", "stabil", "negativ"];
    private readonly StatusDynamicsSpec _spec;

    public StatusDynamicsFigure(StatusDynamicsSpec spec, ChartStyle style) : base(style)
    {
        ArgumentNullException.ThrowIfNull(spec);
        _spec = spec;
    }

    public override double PreferredAspectRatio => 160.0 / 95.0;

    public override string AltText
    {
        get
        {
            var worst = _spec.Entries.Where(e => e.Status == StatusClass.SehrNiedrig || (e.Status == StatusClass.Niedrig && e.Dynamics == DynamicsClass.Negativ))
                .Select(e => e.Label).ToList();
            var text = $"Matrix: {_spec.Subject} mit 4 Statusklassen und 3 Dynamikklassen für {_spec.Entries.Count} Sozialräume";
            text += worst.Count > 0
                ? $"; besonderer Handlungsbedarf (Status sehr niedrig oder niedrig mit negativer Dynamik): {GermanFormat.JoinAnd(worst)}"
                : "; kein Sozialraum mit sehr niedrigem Status";
            return text + ".";
        }
    }

    /// <summary>Cell colour: diverging scheme by need (status index + dynamics index), neutral in the middle.</summary>
    internal static SKColor CellColor(StatusClass status, DynamicsClass dynamics)
    {
        var need = (int)status + (int)dynamics; // 0 … 5
        var index = need switch { 0 => 0, 1 => 1, 2 => 2, 3 => 3, _ => 4 };
        var c = Palettes.Diverging[index];
        // Lighter tint so names stay readable: mix 55 % with white.
        return new SKColor((byte)(c.Red + ((255 - c.Red) * 0.45)), (byte)(c.Green + ((255 - c.Green) * 0.45)), (byte)(c.Blue + ((255 - c.Blue) * 0.45)));
    }

    private protected override void DrawContent(SKCanvas canvas, SKRect bounds)
    {
        using var font = Style.Font(Style.FontSize);
        using var bold = Style.Font(Style.FontSize, bold: true);
        using var muted = Style.Font(Style.SmallFontSize);
        var lineHeight = TextDrawing.LineHeight(font);
        var ascent = TextDrawing.Metrics(font).Ascent;
        var headerHeight = (lineHeight * 2) + 4;
        var rowHeaderWidth = Math.Max(TextDrawing.Width("sehr niedrig", font), TextDrawing.Width("Status", bold)) + 22;
        var gridLeft = bounds.Left + rowHeaderWidth;
        var gridTop = bounds.Top + headerHeight;
        var noteHeight = TextDrawing.LineHeight(muted) + 3;
        var cellWidth = (bounds.Right - gridLeft) / 3;
        var cellHeight = (bounds.Bottom - noteHeight - gridTop) / 4;

        // Colour key as one muted line below the grid.
        TextDrawing.Draw(canvas, "Farbe: Handlungsbedarf von gering (blau) über mittel (grau) bis hoch (rot)", gridLeft, bounds.Bottom - TextDrawing.Metrics(muted).Descent - 0.5f, muted, Palettes.MutedText);

        // Column header: "Dynamik" and the classes.
        TextDrawing.Draw(canvas, "Dynamik", gridLeft + (cellWidth * 1.5f), bounds.Top + ascent, bold, Palettes.Text, SKTextAlign.Center);
        for (var c = 0; c < 3; c++)
        {
            TextDrawing.Draw(canvas, DynamicsLabels[c], gridLeft + (cellWidth * (c + 0.5f)), bounds.Top + lineHeight + ascent + 2, font, Palettes.Text, SKTextAlign.Center);
        }

        // Row header: "Status" rotated, and the classes.
        canvas.Save();
        canvas.RotateDegrees(-90, bounds.Left + ascent, gridTop + (cellHeight * 2));
        TextDrawing.Draw(canvas, "Status", bounds.Left + ascent, gridTop + (cellHeight * 2), bold, Palettes.Text, SKTextAlign.Center);
        canvas.Restore();

        using var cellBorder = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Stroke, StrokeWidth = 2f, IsAntialias = true };
        for (var r = 0; r < 4; r++)
        {
            var rowTop = gridTop + (r * cellHeight);
            TextDrawing.Draw(canvas, StatusLabels[r], gridLeft - 6, rowTop + (cellHeight / 2) + (ascent / 2) - 1, font, Palettes.Text, SKTextAlign.Right);
            for (var c = 0; c < 3; c++)
            {
                var cell = new SKRect(gridLeft + (c * cellWidth), rowTop, gridLeft + ((c + 1) * cellWidth), rowTop + cellHeight);
                using (var fill = new SKPaint { Color = CellColor((StatusClass)r, (DynamicsClass)c), IsAntialias = true })
                {
                    canvas.DrawRect(cell, fill);
                }

                canvas.DrawRect(cell, cellBorder);
                var names = _spec.Entries.Where(e => (int)e.Status == r && (int)e.Dynamics == c).Select(e => e.Label).ToList();
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
