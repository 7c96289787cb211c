using System.Globalization;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// A correction as the Sozialplanung publishes it: copies of data and templates, version 1.0.0 built, one SGB II count
/// (Sozialraum SR02, 2021) raised by 10, version set to 1.0.1 and built again into the same output folder.
/// </summary>
public sealed class CorrectionFixture : IDisposable
{
    public const string Area = "SR02";
    public const int Year = 2021;

    private readonly TempFolder temp = new();

    public CorrectionFixture()
    {
        Data = temp.Combine("data");
        Templates = temp.Combine("templates");
        Output = temp.Combine("output");
        RepositoryPaths.CopyDirectory(RepositoryPaths.Data, Data);
        RepositoryPaths.CopyDirectory(RepositoryPaths.Templates, Templates);
        SetVersion(Templates, "1.0.0");

        First = CommandLineRunner.Run("build", "--data", Data, "--templates", Templates, "--out", Output);

        var sgb2 = Path.Combine(Data, "sgb2.csv");
        var lines = File.ReadAllLines(sgb2);
        var index = Array.FindIndex(lines, l => l.StartsWith($"{Year.ToString(CultureInfo.InvariantCulture)};{Area};", StringComparison.Ordinal));
        var fields = lines[index].Split(';');
        OldCount = int.Parse(fields[2], CultureInfo.InvariantCulture);
        fields[2] = (OldCount + 10).ToString(CultureInfo.InvariantCulture);
        lines[index] = string.Join(';', fields);
        File.WriteAllLines(sgb2, lines);
        SetVersion(Templates, "1.0.1");

        Second = CommandLineRunner.Run("build", "--data", Data, "--templates", Templates, "--out", Output);
    }

    public string Data { get; }

    public string Templates { get; }

    public string Output { get; }

    public int OldCount { get; }

    internal CommandLineRunner.Result First { get; }

    internal CommandLineRunner.Result Second { get; }

    public string Folder(string version) => Path.Combine(Output, "2023", "v" + version);

    /// <summary>A fresh temporary folder owned by the fixture (removed with it).</summary>
    public string NewFolder(string name)
    {
        var path = temp.Combine(name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Sets "version" in bericht.json of a templates folder.</summary>
    public static void SetVersion(string templates, string version)
    {
        var path = Path.Combine(templates, "bericht.json");
        var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(path), "\"version\"\\s*:\\s*\"[^\"]*\"", $"\"version\": \"{version}\"");
        File.WriteAllText(path, text);
    }

    /// <summary>SHA-256 and write time of every file below a folder, to prove it was not touched.</summary>
    public static Dictionary<string, (string Hash, DateTime Written)> State(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => (Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), File.GetLastWriteTimeUtc(f)),
            StringComparer.Ordinal);

    public void Dispose() => temp.Dispose();
}
