using Haan.Report.Data.Text;
using Haan.Report.Diagnostics;

namespace Haan.Report.Data.Tests;

/// <summary>
/// Issue 20 at the level of the data loader (also when it is called without the build's up-front folder check):
/// only regular files are read, control characters and implausible totals are errors, repetitions are summarised
/// and a broken area boundary has no follow-up errors.
/// </summary>
public sealed class HostileInputTests
{
    [Fact]
    public async Task A_named_pipe_instead_of_a_data_file_is_reported_without_hanging()
    {
        var dir = TestData.Copy();
        File.Delete(Path.Combine(dir, "kita.csv"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(dir, "kita.csv")]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var load = Task.Run(() => TestData.Load(dir));
        var finished = await Task.WhenAny(load, Task.Delay(TimeSpan.FromMinutes(1)));
        if (finished != load)
        {
            await using (new FileStream(Path.Combine(dir, "kita.csv"), FileMode.Open, FileAccess.Write))
            {
                // Releases the blocked reader; the assertion below fails.
            }
        }

        var result = await load;
        Assert.True(finished == load, "Der Lader blieb an der benannten Pipe hängen.");
        Assert.Null(result.Data);
        Assert.Contains(result.Errors, p => p.ToString() == "data/kita.csv: Die Datei ist eine benannte Pipe (FIFO), keine normale Datei. Sie würde beim Lesen endlos warten; ersetzen Sie sie durch eine normale Datei.");
    }

    [Fact]
    public void A_link_out_of_the_folder_is_not_followed()
    {
        var dir = TestData.Copy();
        var outside = Path.Combine(Path.GetDirectoryName(dir)!, "kita-anderswo.csv");
        File.Move(Path.Combine(dir, "kita.csv"), outside);
        File.CreateSymbolicLink(Path.Combine(dir, "kita.csv"), outside);

        var result = TestData.Load(dir);

        Assert.Null(result.Data);
        Assert.Contains(result.Errors, p => p.Location?.File == "data/kita.csv" && p.Code == nameof(DataMessages.NotARegularFile) && p.Message.Contains("außerhalb des Ordners", StringComparison.Ordinal));
    }

    [Fact]
    public void Repeated_problems_of_one_kind_are_listed_ten_times_then_summarised()
    {
        var dir = TestData.Copy();
        var lines = TestData.Read(dir, "bevoelkerung.csv").TrimEnd('\n').Split('\n');
        TestData.Write(dir, "bevoelkerung.csv", string.Join('\n', lines.Concat(lines.Skip(1))) + "\n");

        var result = TestData.Load(dir);

        var duplicates = result.Errors.Where(p => p.Location?.File == "data/bevoelkerung.csv").ToList();
        Assert.Equal(11, duplicates.Count);
        Assert.All(duplicates.Take(10), p => Assert.Equal(nameof(DataMessages.DuplicatePopulationRow), p.Code));
        var more = lines.Length - 1 - 10;
        Assert.Equal($"data/bevoelkerung.csv: … und {more.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.')} weitere Zeilen mit demselben Fehler (wie oben, nur mit anderen Werten).", duplicates[10].ToString());
    }

    [Fact]
    public void A_control_character_in_a_value_is_an_error_with_line_and_column()
    {
        var dir = TestData.Copy();
        TestData.SetField(dir, "einrichtungen.csv", 3, "name", "Kita\u0000Nord");

        var result = TestData.Load(dir);

        var problem = Assert.Single(result.Errors);
        Assert.Equal("data/einrichtungen.csv, Zeile 3, Spalte „name“: Der Wert enthält ein unsichtbares Steuerzeichen (U+0000) an Stelle 5. Erwartet: Text ohne Steuerzeichen und ohne Zeilenumbruch; entfernen Sie das Zeichen.", problem.ToString());
        Assert.Equal("Kita\\u0000Nord", problem.Value);
    }

    [Fact]
    public void An_implausible_column_total_is_reported_once_at_its_row_instead_of_overflowing()
    {
        var dir = TestData.Copy();
        TestData.SetField(dir, "bevoelkerung.csv", 5, "anzahl", "2147483647");
        TestData.SetField(dir, "bevoelkerung.csv", 6, "anzahl", "2147483647");

        var result = TestData.Load(dir);

        var problem = Assert.Single(result.Errors);
        Assert.StartsWith("data/bevoelkerung.csv, Zeile 5, Spalte „anzahl“: Die Summe der Spalte übersteigt ab dieser Zeile 134.217.727.", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_with_too_many_digits_is_too_large_not_no_number()
    {
        var dir = TestData.Copy();
        TestData.SetField(dir, "haushalte.csv", 4, "haushalte", "99999999999");

        var result = TestData.Load(dir);

        Assert.Contains(result.Errors, p => p.ToString().StartsWith("data/haushalte.csv, Zeile 4, Spalte „haushalte“: „99999999999“ ist zu groß", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Errors, p => p.Code == nameof(DataMessages.NotAWholeNumber) || p.Code == nameof(DataMessages.NotADecimal));
    }

    [Fact]
    public void Utf16_without_byte_order_mark_is_named()
    {
        var dir = TestData.Copy();
        File.WriteAllBytes(Path.Combine(dir, "kita.csv"), System.Text.Encoding.Unicode.GetBytes(TestData.Read(dir, "kita.csv")));

        var result = TestData.Load(dir);

        var problem = Assert.Single(result.Errors);
        Assert.StartsWith("data/kita.csv: Datei ist UTF-16-kodiert (UTF-16 LE, ohne Byte-Order-Mark", problem.ToString(), StringComparison.Ordinal);
    }
}
