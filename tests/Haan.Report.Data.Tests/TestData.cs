using System.Text;
using Haan.Report.DataGenerator;

namespace Haan.Report.Data.Tests;

/// <summary>Generated data (once per test run) and helpers to make broken copies of it.</summary>
internal static class TestData
{
    private static readonly Lazy<string> Generated = new(() =>
    {
        var dir = Path.Combine(Path.GetTempPath(), "haan-data-tests-" + Guid.NewGuid().ToString("N"), "data");
        Generator.Run(dir);
        return dir;
    });

    private static readonly Lazy<DataLoadResult> LoadedRepo = new(() => DataSetLoader.Load(RepoDataDirectory));

    /// <summary>A pristine generated data directory (do not modify).</summary>
    public static string GeneratedDirectory => Generated.Value;

    /// <summary>The committed <c>data/</c> directory of the repository.</summary>
    public static string RepoDataDirectory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Haan.Report.sln")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Haan.Report.sln nicht gefunden."), "data");
        }
    }

    /// <summary>Result of loading the committed data directory (cached).</summary>
    public static DataLoadResult Repo => LoadedRepo.Value;

    /// <summary>A fresh copy of the generated data in a directory named <c>data</c>.</summary>
    public static string Copy()
    {
        var target = Path.Combine(Path.GetTempPath(), "haan-data-tests-" + Guid.NewGuid().ToString("N"), "data");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(GeneratedDirectory))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }

    public static string Read(string dir, string file) => File.ReadAllText(Path.Combine(dir, file), Encoding.UTF8);

    public static void Write(string dir, string file, string text) => File.WriteAllText(Path.Combine(dir, file), text, new UTF8Encoding(false));

    /// <summary>Replaces the text of one line (1-based) of a file.</summary>
    public static void ReplaceLine(string dir, string file, int line, Func<string, string> change)
    {
        var lines = Read(dir, file).Split('\n');
        lines[line - 1] = change(lines[line - 1]);
        Write(dir, file, string.Join('\n', lines));
    }

    /// <summary>Sets one field (by column name) in one line (1-based) of a semicolon CSV.</summary>
    public static void SetField(string dir, string file, int line, string column, string value)
    {
        var header = Read(dir, file).Split('\n')[0].Split(';');
        var index = Array.IndexOf(header, column);
        if (index < 0)
        {
            throw new ArgumentException("Spalte nicht gefunden: " + column, nameof(column));
        }

        ReplaceLine(dir, file, line, l =>
        {
            var fields = l.Split(';');
            fields[index] = value;
            return string.Join(';', fields);
        });
    }

    /// <summary>First line number (1-based) whose text satisfies the predicate.</summary>
    public static int LineWhere(string dir, string file, Func<string, bool> predicate)
    {
        var lines = Read(dir, file).Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (predicate(lines[i]))
            {
                return i + 1;
            }
        }

        throw new InvalidOperationException("Keine passende Zeile in " + file);
    }

    public static DataLoadResult Load(string dir) => DataSetLoader.Load(dir);

    public static string Dump(DataLoadResult result) => string.Join("\n", result.Problems.Select(p => p.ToString()));
}
