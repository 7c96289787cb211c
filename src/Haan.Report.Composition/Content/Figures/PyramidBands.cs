using Haan.Report.Composition.Documents;
using Haan.Report.Data;

namespace Haan.Report.Composition.Content.Figures;

/// <summary>
/// Equal age groups of the population pyramids (issue 15, item 6): 5-year groups, the last one open (85 and older).
/// When an area is so small that one group of one sex holds 1 or 2 people (below the report's minimum count of 3),
/// the pyramid of that area uses 10-year groups, then 20-year groups, so no bar reveals a small count; if even those
/// have a small count, the figure is refused with a message naming the area.
/// Labels follow the convention of the methods section: „a–b“ = a bis unter b Jahre.
/// </summary>
internal static class PyramidBands
{
    /// <summary>The standard minimum count of the report (as for BA statistics, see docs/METHODEN.md).</summary>
    internal const int MinimumCount = 3;

    /// <summary>Band widths tried in turn, each with the start of its open top group.</summary>
    internal static readonly (int Years, int OpenFrom)[] Candidates = [(5, 85), (10, 80), (20, 80)];

    /// <summary>Equal groups of <paramref name="years"/> up to <paramref name="openFrom"/>, then one open group.</summary>
    internal static List<(string Label, int From, int To)> Groups(int years, int openFrom)
    {
        var groups = new List<(string Label, int From, int To)>();
        for (var from = 0; from < openFrom; from += years)
        {
            groups.Add(($"{from}–{from + years}", from, from + years));
        }

        groups.Add(($"{openFrom}+", openFrom, int.MaxValue));
        return groups;
    }

    /// <summary>The finest groups in which no group of either sex, in the area or the town, holds 1 … minimum − 1 people.</summary>
    internal static List<(string Label, int From, int To)> For(DataSet data, string areaKey, int year, int minimumCount)
    {
        foreach (var (years, openFrom) in Candidates)
        {
            var groups = Groups(years, openFrom);
            var small = groups.Any(g => new[] { Sex.Male, Sex.Female }.Any(sex =>
            {
                var count = data.PopulationSum(year, areaKey, g.From, g.To, sex);
                return count > 0 && count < minimumCount;
            }));
            if (!small) return groups;
        }

        throw new ContentException(
            $"typ=pyramide: Gebiet „{areaKey}“ ist für eine Bevölkerungspyramide {year} zu klein – auch in 20-Jahres-Gruppen hätte eine Gruppe weniger als {minimumCount} Personen. Entfernen Sie die Abbildung für dieses Gebiet.");
    }

    /// <summary>The convention in one line under the chart.</summary>
    internal static string Note(IReadOnlyList<(string Label, int From, int To)> groups) =>
        $"Alter in Jahren; Gruppen zu je {groups[1].From - groups[0].From} Jahren, oberste: {groups[^1].From} und älter";
}
