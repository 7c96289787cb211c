using Haan.Report.Data;
using Haan.Report.DataGenerator;

// Usage:
//   dotnet run --project src/Haan.Report.DataGenerator -- data          (generate the demonstration data into data/)
//   dotnet run --project src/Haan.Report.DataGenerator -- pruefen data  (validate a data directory, e.g. with real exports)
if (args.Length == 2 && args[0] == "pruefen")
{
    var result = DataSetLoader.Load(args[1]);
    foreach (var problem in result.Problems)
    {
        Console.WriteLine(problem);
    }

    var errors = result.Errors.Count;
    Console.WriteLine(errors == 0
        ? $"Keine Fehler ({result.Problems.Count} Hinweise). Der Datensatz kann verwendet werden."
        : $"{errors} Fehler, {result.Problems.Count - errors} Hinweise. Der Datensatz kann so nicht verwendet werden.");
    return errors == 0 ? 0 : 1;
}

if (args.Length != 1)
{
    Console.Error.WriteLine("Aufruf: dotnet run --project src/Haan.Report.DataGenerator -- <Zielverzeichnis>");
    Console.Error.WriteLine("        dotnet run --project src/Haan.Report.DataGenerator -- pruefen <Datenverzeichnis>");
    return 2;
}

var files = Generator.Run(args[0]);
Console.WriteLine($"{files.Count} Dateien geschrieben nach {Path.GetFullPath(args[0])}.");
return 0;
