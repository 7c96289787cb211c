using System.Diagnostics;
using Haan.Report.Data.Text;
using Haan.Report.Diagnostics;
using Xunit.Abstractions;

namespace Haan.Report.Data.Tests.Fuzzing;

/// <summary>
/// Fuzzing of the CSV and GeoJSON readers through <see cref="DataSetLoader.Load"/>: a copy of the committed data gets one
/// mutated file per case (seeded, reproducible). The loader must never throw and never hit its catch-all
/// („Unerwarteter Fehler“, i.e. a crash turned into a message); it may only report validation problems, each naming a
/// data file. Bounded: a fixed number of cases per reader, well under 30 s.
/// </summary>
public sealed class LoaderFuzzTests(ITestOutputHelper output)
{
    internal const int Seed = 20261124;

    private static readonly string[] CsvFiles =
    [
        DataFiles.Manifest, DataFiles.Population, DataFiles.Movements, DataFiles.Households, DataFiles.SgbII, DataFiles.Unemployment,
        DataFiles.SocialAssistance, DataFiles.HousingBenefit, DataFiles.Childcare, DataFiles.PopulationGrid, DataFiles.Facilities,
        DataFiles.LandCover, DataFiles.Schools, DataFiles.ChargingPoints, DataFiles.MunicipalityPopulation, DataFiles.KreisSgbII,
        DataFiles.KitaPlanningAreas2012, DataFiles.TownPopulationBenchmarks,
    ];

    private static readonly string[] GeoJsonFiles = [DataFiles.Areas, DataFiles.Municipalities];

    [Fact]
    public void Csv_reader_survives_mutated_files()
    {
        Run(cases: 100, seed: Seed, pick: (mutator, random) => CsvFiles[random.Next(CsvFiles.Length)], mutate: (m, b) => m.MutateCsv(b));
    }

    internal static void Run(ITestOutputHelper output, int cases, int seed, Func<Mutator, Random, string> pick, Func<Mutator, byte[], (byte[] Bytes, string Description)> mutate) =>
        new LoaderFuzzTests(output).Run(cases, seed, pick, mutate);

    internal static string RandomFile(Random random) =>
        random.Next(3) == 0 ? GeoJsonFiles[random.Next(2)] : CsvFiles[random.Next(CsvFiles.Length)];

    internal static string GeoJsonFile(Random random) => GeoJsonFiles[random.Next(10) < 7 ? 0 : 1];

    private void Run(int cases, int seed, Func<Mutator, Random, string> pick, Func<Mutator, byte[], (byte[] Bytes, string Description)> mutate)
    {
        var dir = TestData.Copy();
        var originals = Directory.GetFiles(dir).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);
        var mutator = new Mutator(seed);
        var random = new Random(seed);
        var watch = Stopwatch.StartNew();
        var rejected = 0;
        for (var i = 0; i < cases; i++)
        {
            var file = pick(mutator, random);
            var (bytes, description) = mutate(mutator, originals[file]);
            var path = Path.Combine(dir, file);
            File.WriteAllBytes(path, bytes);
            var context = $"Fall {i} (Startwert {seed}), {file}: {description}";
            DataLoadResult result;
            try
            {
                result = DataSetLoader.Load(dir);
            }
            catch (Exception e)
            {
                var kept = Keep(bytes, file, i, seed);
                Assert.Fail($"{context}: Ausnahme {e.GetType().Name}: {e.Message} (Eingabe: {kept})\n{e}");
                throw;
            }
            finally
            {
                File.WriteAllBytes(path, originals[file]);
            }

            var crash = result.Problems.FirstOrDefault(p => p.Code == nameof(DataMessages.UnexpectedError));
            if (crash is not null)
            {
                Assert.Fail($"{context}: {crash} (Eingabe: {Keep(bytes, file, i, seed)})");
            }

            Assert.True(result.Data is null == result.Errors.Count > 0, context);
            Assert.All(result.Problems, p =>
            {
                Assert.StartsWith("data/", p.Location?.File, StringComparison.Ordinal);
                Assert.True(p.Location?.File.Length > "data/".Length, $"{context}: Problem ohne Datei: {p}");
                Assert.False(string.IsNullOrWhiteSpace(p.Message), context);
            });
            if (result.Data is null)
            {
                rejected++;
            }
        }

        output.WriteLine($"{cases} Fälle, davon {rejected} abgelehnt, {watch.Elapsed.TotalSeconds:F1} s");
        Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true);
    }

    /// <summary>Keeps the input that broke the loader next to the test binaries so that it can be added as a regression case.</summary>
    private static string Keep(byte[] bytes, string file, int index, int seed)
    {
        var target = Path.Combine(AppContext.BaseDirectory, "fuzz-failures", $"{seed}-{index}-{file}");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, bytes);
        return target;
    }
}

/// <summary>GeoJSON and pure-noise fuzzing; a separate class so that xUnit runs it in parallel with the CSV fuzzing.</summary>
public sealed class GeoJsonFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void GeoJson_reader_survives_mutated_files()
    {
        LoaderFuzzTests.Run(output, cases: 60, seed: LoaderFuzzTests.Seed + 1, pick: (_, random) => LoaderFuzzTests.GeoJsonFile(random), mutate: (m, b) => m.MutateGeoJson(b));
    }

    [Fact]
    public void Readers_survive_random_bytes()
    {
        // Pure noise (not derived from a real file) in every kind of input.
        var random = new Random(LoaderFuzzTests.Seed + 2);
        LoaderFuzzTests.Run(output, cases: 30, seed: LoaderFuzzTests.Seed + 2, pick: (_, r) => LoaderFuzzTests.RandomFile(r), mutate: (_, _) =>
        {
            var bytes = new byte[random.Next(0, 2000)];
            random.NextBytes(bytes);
            return (bytes, $"{bytes.Length} Zufallsbytes");
        });
    }
}
