namespace Haan.Report.Data;

/// <summary>
/// Age limits used with single-year ages. The statutory retirement age (Regelaltersgrenze) rises from 65 to 67
/// (born 1947: 65 y 1 m … born 1964: 67 y). With ages in completed years, a person aged 65 at 31.12.2019–2023 is
/// below the limit for only a few months; this model counts ages 0 … limit−1 as „unter der Altersgrenze“.
/// </summary>
public static class AgeLimits
{
    /// <summary>
    /// First age (completed years) counted as at/above the statutory age limit at 31.12. of <paramref name="year"/>:
    /// 65 up to 2023, 66 from 2024 to 2030, 67 from 2031 (whole-year approximation of the Regelaltersgrenze).
    /// </summary>
    public static int RetirementAge(int year) => year <= 2023 ? 65 : year <= 2030 ? 66 : 67;
}
