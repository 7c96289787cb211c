namespace Haan.Report.Layout;

/// <summary>Unit conversions. All layout values are PDF points (1/72 inch).</summary>
public static class Units
{
    /// <summary>Points per millimetre.</summary>
    public const float PointsPerMillimetre = 72f / 25.4f;

    /// <summary>Converts millimetres to points.</summary>
    public static float Mm(float millimetres) => millimetres * PointsPerMillimetre;

    /// <summary>Converts points to millimetres.</summary>
    public static float ToMm(float points) => points / PointsPerMillimetre;
}
