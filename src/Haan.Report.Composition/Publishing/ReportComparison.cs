using DiffPlex;

namespace Haan.Report.Composition.Publishing;

/// <summary>What a comparison needs of a version: its manifest and the filled Markdown of the whole report.</summary>
public sealed record VersionSnapshot(ReportManifest Manifest, string Markdown);

/// <summary>One changed published value (display text or status).</summary>
public sealed record ValueChange(
    string IndicatorId,
    string IndicatorName,
    string AreaId,
    string AreaName,
    int Year,
    string OldDisplay,
    string NewDisplay,
    string OldStatus,
    string NewStatus)
{
    /// <summary>„7,9 → 8,1“, with the status where it changed.</summary>
    public string Describe()
    {
        var oldText = OldStatus == NewStatus ? OldDisplay : $"{OldDisplay} ({IndicatorTables.StatusLabel(OldStatus)})";
        var newText = OldStatus == NewStatus ? NewDisplay : $"{NewDisplay} ({IndicatorTables.StatusLabel(NewStatus)})";
        return $"{oldText} → {newText}";
    }
}

/// <summary>A run of sentences replaced, removed or added (DiffPlex line diff over sentences).</summary>
public sealed record SentenceChange(IReadOnlyList<string> Removed, IReadOnlyList<string> Added);

/// <summary>The differences between two versions of the report.</summary>
public sealed record ReportComparison(
    string OldVersion,
    string NewVersion,
    IReadOnlyList<string> ChangedInputs,
    IReadOnlyList<ValueChange> Values,
    IReadOnlyList<SentenceChange> Sentences)
{
    public bool HasChanges => Values.Count > 0 || Sentences.Count > 0;

    public static ReportComparison Compare(VersionSnapshot older, VersionSnapshot newer)
    {
        var oldInputs = older.Manifest.Inputs.ToDictionary(f => f.Path, f => f.Sha256, StringComparer.Ordinal);
        var newInputs = newer.Manifest.Inputs.ToDictionary(f => f.Path, f => f.Sha256, StringComparer.Ordinal);
        var changedInputs = oldInputs.Keys.Union(newInputs.Keys, StringComparer.Ordinal)
            .Where(path => !string.Equals(oldInputs.GetValueOrDefault(path), newInputs.GetValueOrDefault(path), StringComparison.Ordinal))
            .Select(path => !oldInputs.ContainsKey(path) ? $"{path} (neu)" : !newInputs.ContainsKey(path) ? $"{path} (entfernt)" : path)
            .Order(StringComparer.Ordinal)
            .ToList();

        return new ReportComparison(older.Manifest.Version, newer.Manifest.Version, changedInputs,
            CompareValues(older.Manifest, newer.Manifest), CompareSentences(older.Markdown, newer.Markdown));
    }

    private static List<ValueChange> CompareValues(ReportManifest older, ReportManifest newer)
    {
        var names = older.Indicators.Concat(newer.Indicators)
            .GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Name, StringComparer.Ordinal);
        var areas = older.Areas.Concat(newer.Areas)
            .GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Name, StringComparer.Ordinal);
        var oldValues = older.Values.ToDictionary(v => (v.Indicator, v.Area, v.Year));
        var newValues = newer.Values.ToDictionary(v => (v.Indicator, v.Area, v.Year));

        // Order: the new version's order (catalogue, areas, years), then cells that exist only in the old version.
        var keys = newer.Values.Select(v => (v.Indicator, v.Area, v.Year))
            .Concat(older.Values.Select(v => (v.Indicator, v.Area, v.Year)).Where(k => !newValues.ContainsKey(k)));
        var changes = new List<ValueChange>();
        foreach (var key in keys)
        {
            var before = oldValues.GetValueOrDefault(key);
            var after = newValues.GetValueOrDefault(key);
            var oldDisplay = before?.Display ?? "–";
            var newDisplay = after?.Display ?? "–";
            var oldStatus = before is null ? "fehlt" : IndicatorTables.PublicStatusName(before.Status);
            var newStatus = after is null ? "fehlt" : IndicatorTables.PublicStatusName(after.Status);
            if (string.Equals(oldDisplay, newDisplay, StringComparison.Ordinal) && string.Equals(oldStatus, newStatus, StringComparison.Ordinal))
            {
                continue;
            }

            changes.Add(new ValueChange(key.Indicator, names.GetValueOrDefault(key.Indicator, key.Indicator), key.Area,
                areas.GetValueOrDefault(key.Area, key.Area), key.Year, oldDisplay, newDisplay, oldStatus, newStatus));
        }

        return changes;
    }

    private static List<SentenceChange> CompareSentences(string olderMarkdown, string newerMarkdown)
    {
        var oldUnits = Publishing.Sentences.Split(olderMarkdown);
        var newUnits = Publishing.Sentences.Split(newerMarkdown);
        var diff = Differ.Instance.CreateLineDiffs(string.Join('\n', oldUnits), string.Join('\n', newUnits), ignoreWhitespace: false);
        return diff.DiffBlocks
            .Select(block => new SentenceChange(
                diff.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA).ToList(),
                diff.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB).ToList()))
            .ToList();
    }
}
