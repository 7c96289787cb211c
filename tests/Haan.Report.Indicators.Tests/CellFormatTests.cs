using Xunit;

namespace Haan.Report.Indicators.Tests;

public sealed class CellFormatTests
{
    [Fact]
    public void Cells_follow_the_zeichenerklaerung()
    {
        Assert.Equal("7,9", CellFormat.Cell(7.94, CellStatus.Published, 1));
        Assert.Equal("(7,9)", CellFormat.Cell(7.94, CellStatus.LowReliability, 1));
        Assert.Equal(".", CellFormat.Cell(null, CellStatus.Suppressed, 1));
        Assert.Equal("x", CellFormat.Cell(null, CellStatus.NotMeaningful, 1));
    }
}
