using Haan.Report.Data.Schema;
using Haan.Report.Data.Text;

namespace Haan.Report.Data.Readers;

/// <summary>Reads <c>datensaetze.csv</c>: one row per data file with kind, source, licence and attribution.</summary>
internal static class ManifestReader
{
    private static readonly string[] Kinds = ["real", "synthetisch"];

    public static List<DataSetInfo> Read(LoadContext context)
    {
        var file = DataFiles.Manifest;
        var log = context.Log;
        var list = new List<DataSetInfo>();
        var rows = context.ReadCsv(file);
        if (rows is null)
        {
            return list;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var name = row.RequiredText("datei", "Dateiname, z. B. bevoelkerung.csv");
            var kind = row.OneOf("art", Kinds);
            var title = row.RequiredText("titel", "Titel des Datensatzes");
            var source = row.RequiredText("quelle", "liefernde Stelle, z. B. Meldeamt/DUVA");
            var licence = row.RequiredText("lizenz", "Lizenz, z. B. dl-de/by-2-0");
            var attribution = row.RequiredText("namensnennung", "Text der Namensnennung");
            var date = row.RequiredText("stichtag", "Stichtag oder „keine Angabe in der Quelle“");
            if (name is null)
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                log.Add(DataMessages.ManifestDuplicate(row.At("datei"), name, first));
                continue;
            }

            seen[name] = row.Line;
            if (!File.Exists(Path.Combine(context.Directory, name)) && !File.Exists(Path.Combine(context.Directory, Reading.XlsxFile.WorkbookName(name))))
            {
                log.Add(DataMessages.ManifestFileMissing(row.At("datei"), name));
            }

            if (kind is null || title is null || source is null || licence is null || attribution is null || date is null)
            {
                continue;
            }

            list.Add(new DataSetInfo(name, kind == "real" ? DataKind.Real : DataKind.Synthetic, title, source, licence, attribution, date, row.Text("hinweis")));
        }

        foreach (var required in DataSchema.Files.Select(f => f.Name).Where(f => f != DataFiles.Manifest && !seen.ContainsKey(f)))
        {
            log.Add(DataMessages.NotInManifest(log.At(file, null, "datei"), required));
        }

        return list;
    }
}
