using Haan.Report.Indicators.Adapter;
using Haan.Report.Indicators.Catalogue;

namespace Haan.Report.Indicators.Tests;

/// <summary>Published tables show German labels, never the technical count keys.</summary>
public sealed class CountLabelTests
{
    private static readonly IndicatorCatalogue Catalogue = IndicatorCatalogue.Load(FixtureCounts.CataloguePath);

    [Theory]
    [InlineData("hlu", "Hilfe zum Lebensunterhalt (Empfängerinnen und Empfänger)")]
    [InlineData("asylblg", "Leistungen nach dem Asylbewerberleistungsgesetz (Empfängerinnen und Empfänger)")]
    [InlineData("bev[0-RA]", "Einwohnerinnen und Einwohner, unter der Regelaltersgrenze")]
    [InlineData("bev[18-65]", "Einwohnerinnen und Einwohner, 18 bis unter 65 Jahre")]
    [InlineData("elb[w]", "Erwerbsfähige Leistungsberechtigte (SGB II), Frauen")]
    [InlineData("sgb2_quote", "SGB II-Quote")]
    public void Count_keys_and_indicator_ids_get_German_labels(string subject, string label)
    {
        Assert.Equal(label, CountLabels.Label(subject, Catalogue));
    }
}

/// <summary>The Zeichenerklärung as applied to cells.</summary>
public sealed class CellSymbolTests
{
    [Theory]
    [InlineData(0.0, CellStatus.Published, "–")] // exactly zero: „nichts vorhanden“
    [InlineData(0.04, CellStatus.Published, "0,0")] // more than nothing, less than half a unit
    [InlineData(7.9, CellStatus.Published, "7,9")]
    [InlineData(7.9, CellStatus.LowReliability, "(7,9)")]
    [InlineData(null, CellStatus.Suppressed, ".")]
    [InlineData(null, CellStatus.NotAvailable, "…")] // not the „.“ of secrecy
    [InlineData(null, CellStatus.NotMeaningful, "x")]
    public void Cells_follow_the_Zeichenerklaerung(double? value, CellStatus status, string expected)
    {
        Assert.Equal(expected, CellFormat.Cell(value, status, 1));
    }
}
