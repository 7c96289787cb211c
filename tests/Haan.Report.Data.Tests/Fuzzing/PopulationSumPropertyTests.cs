namespace Haan.Report.Data.Tests.Fuzzing;

/// <summary>
/// <see cref="DataSet.PopulationSum"/> is indexed (it scanned every row per call, which made 500 Sozialräume quadratic);
/// random queries must give exactly the sum of a plain scan over <see cref="DataSet.Population"/>.
/// </summary>
public sealed class PopulationSumPropertyTests
{
    [Fact]
    public void Indexed_sum_equals_a_scan_of_all_rows()
    {
        var data = TestData.Repo.Data!;
        var random = new Random(4711);
        string?[] areas = [null, DataSet.TownKey, "SR99", .. data.Areas.Select(a => a.Key)];
        int[] years = [.. data.Years, data.Years[0] - 1];
        for (var i = 0; i < 400; i++)
        {
            var year = years[random.Next(years.Length)];
            var area = areas[random.Next(areas.Length)];
            var min = random.Next(-2, 100);
            var max = random.Next(3) == 0 ? int.MaxValue : random.Next(-2, 100);
            Sex? sex = random.Next(3) switch { 0 => null, 1 => Sex.Male, _ => Sex.Female };
            Nationality? nationality = random.Next(3) switch { 0 => null, 1 => Nationality.German, _ => Nationality.Foreign };
            var town = area is null || area == DataSet.TownKey;
            var expected = data.Population
                .Where(p => p.Year == year && (town || p.AreaKey == area) && p.Age >= min && p.Age < max
                    && (sex is null || p.Sex == sex) && (nationality is null || p.Nationality == nationality))
                .Sum(p => p.Count);

            Assert.Equal(expected, data.PopulationSum(year, area, min, max, sex, nationality));
        }

        Assert.Equal(data.Population.Where(p => p.Year == data.LatestYear).Sum(p => p.Count), data.PopulationSum(data.LatestYear, null));
    }
}
