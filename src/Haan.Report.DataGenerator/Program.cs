using Haan.Report.DataGenerator;

// Usage: dotnet run --project src/Haan.Report.DataGenerator -- data
if (args.Length != 1)
{
    Console.Error.WriteLine("Aufruf: dotnet run --project src/Haan.Report.DataGenerator -- <Zielverzeichnis>");
    return 2;
}

var files = Generator.Run(args[0]);
Console.WriteLine($"{files.Count} Dateien geschrieben nach {Path.GetFullPath(args[0])}.");
return 0;
