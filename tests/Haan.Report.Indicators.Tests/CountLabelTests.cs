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
