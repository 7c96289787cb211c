using Haan.Report.Data.Checks;
using Haan.Report.Data.Readers;
using Haan.Report.Data.Reading;
using Haan.Report.Data.Text;

namespace Haan.Report.Data;

/// <summary>
/// Loads and validates the data directory (see docs/DATA.md): one reader per input file (folder <c>Readers</c>, columns
/// from <see cref="Schema.DataSchema"/>), then the checks across files (folder <c>Checks</c>). Every problem is
/// collected (not only the first) and reported in German with file, line, column, value and what is expected. The data
/// set is returned only if there is no error; warnings (e.g. a Windows-1252 file that was read correctly) do not block
/// loading.
/// </summary>
public static class DataSetLoader
{
    /// <summary>Allowed area (m²) of gaps, overlaps and overhangs of the Sozialraum partition (rounding of coordinates).</summary>
    public const double PartitionToleranceSquareMetres = PartitionCheck.ToleranceSquareMetres;

    /// <summary>Allowed distance (m) of a facility point outside the town boundary.</summary>
    public const double PointToleranceMetres = PointLocator.ToleranceMetres;

    /// <summary>Loads <paramref name="dataDirectory"/>; returns the data set (null on any error) and all problems.</summary>
    public static DataLoadResult Load(string dataDirectory)
    {
        var dir = Path.GetFullPath(dataDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var log = new ProblemLog(Path.GetFileName(dir));
        if (!Directory.Exists(dir))
        {
            log.Add(DataMessages.DataDirectoryMissing(log.At(""), dataDirectory));
            return new DataLoadResult(null, log.Problems);
        }

        DataSet? data;
        try
        {
            data = Run(new LoadContext(dir, log));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            log.Add(DataMessages.DataDirectoryUnreadable(log.At(""), FileSystemErrors.Describe(ex)));
            data = null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Never crash on bad input: report what happened so the file can be fixed.
            log.Add(DataMessages.UnexpectedError(log.At(""), ex.GetType().Name, ex.Message));
            data = null;
        }

        return new DataLoadResult(log.HasErrors ? null : data, log.Problems);
    }

    /// <summary>Reads every file in dependency order (town → areas → population → the rest) and runs the checks across files.</summary>
    private static DataSet? Run(LoadContext context)
    {
        var log = context.Log;
        var external = KomMonitor.KomMonitorInput.Read(context.Directory, log);
        Duva.DuvaTableInput.Read(context.Directory, log, external);
        context.KomMonitorCells = external;
        var sources = ManifestReader.Read(context);
        var municipalities = MunicipalitiesReader.Read(context);
        var problemsBefore = log.Count;
        var areas = AreasReader.Read(context);
        TownSelection.Select(context, [.. areas.Select(a => a.Area)]);
        if (log.Count == problemsBefore)
        {
            PartitionCheck.Run(context, areas); // only on readable, valid geometries
        }

        var population = PopulationReader.Read(context);
        var households = HouseholdsReader.Read(context);
        var sgb2 = SgbIIReader.Read(context);
        var unemployment = UnemploymentReader.Read(context, sgb2);
        var assistance = SocialAssistanceReader.Read(context);
        var housing = HousingBenefitReader.Read(context, households);
        var childcare = ChildcareReader.Read(context);
        var movementRows = MovementsReader.Read(context);
        MovementBalanceCheck.Run(context, movementRows);
        var movements = movementRows.Values.Select(v => v.Row).OrderBy(r => r.Year).ThenBy(r => r.AreaKey, StringComparer.Ordinal).ToList();
        var landCover = LandCoverReader.Read(context);
        var (grid, gridLines) = PopulationGridReader.Read(context);
        GridSumCheck.Run(context, grid, gridLines);
        var facilities = new List<Facility>();
        facilities.AddRange(FacilitiesReader.Read(context));
        facilities.AddRange(SchoolsReader.Read(context));
        facilities.AddRange(ChargingPointsReader.Read(context));
        var municipalityPopulation = MunicipalityPopulationReader.Read(context);
        var kreis = KreisSgbIIReader.Read(context);
        var kita2012 = KitaPlanningAreasReader.Read(context);
        var benchmarks = TownPopulationBenchmarksReader.Read(context);

        if (log.HasErrors || context.Town is not { } town)
        {
            return null;
        }

        var plausibility = new PlausibilityChecks(log, (y, key, min, max) => context.Population(y, key, min, max));
        plausibility.OtherRecipients(sgb2);
        plausibility.KreisRate(sgb2, context.AreaKeys, kreis, context.TownMunicipality!.Ags);
        plausibility.OfficialPopulation(context.Years, context.AreaKeys, benchmarks);
        plausibility.Jumps(sgb2, context.Years, context.AreaKeys);

        return new DataSet(sources, town, municipalities, [.. context.Areas], [.. context.Years], population, households.Values.Select(v => v.Row).ToList(),
            sgb2.Values.Select(v => v.Row).ToList(), unemployment, assistance, housing, childcare, movements, landCover, grid, facilities, municipalityPopulation,
            kreis, kita2012, benchmarks)
        {
            TownAgs = context.TownMunicipality!.Ags,
            TownName = context.TownMunicipality.Name,
        };
    }
}
