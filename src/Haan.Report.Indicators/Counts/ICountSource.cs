using Haan.Report.Indicators.Catalogue;

namespace Haan.Report.Indicators.Counts;

/// <summary>A reporting area (Sozialraum) or the town as a whole.</summary>
public sealed record Area(string Id, string Name)
{
    /// <summary>Id of the town as a whole; the same key as the data set's town totals (neutral: the name comes from <see cref="ICountSource.TownName"/>).</summary>
    public const string TownId = "STADT";

    /// <summary>The town as a whole, named <paramref name="name"/>.</summary>
    public static Area Town(string name) => new(TownId, name);

    /// <summary>True for the town.</summary>
    public bool IsTown => Id == TownId;
}

/// <summary>
/// An exact additive relation between count keys that an attacker may know, e.g. <c>elb = elb[m] + elb[w]</c>.
/// With <see cref="HasRemainder"/> the parent also contains an unpublished remainder (e.g. <c>sgb2_lb = elb + nef + rest</c>).
/// </summary>
public sealed record CountRelation(CountKey Parent, IReadOnlyList<CountKey> Children, bool HasRemainder);

/// <summary>
/// Resolves the count keys named in the catalogue for one Sozialraum and year. The engine computes town values as the
/// sum over all areas, so tables always add up. Implemented by the data adapter and by test fixtures.
/// </summary>
public interface ICountSource
{
    /// <summary>The Sozialräume in report order (without the town).</summary>
    IReadOnlyList<Area> Areas { get; }

    /// <summary>Name of the town as a whole in tables and messages (the data adapter: from the configuration).</summary>
    string TownName => "Gesamtstadt";

    /// <summary>The count for a key, area and year; null when the data set does not contain it.</summary>
    double? Get(CountKey key, string areaId, int year);

    /// <summary>Known exact relations between keys (sex splits, sub-totals), used for secondary suppression.</summary>
    IReadOnlyList<CountRelation> Relations { get; }

    /// <summary>Input files behind a key (traceability).</summary>
    IReadOnlyList<string> InputFiles(CountKey key);
}
