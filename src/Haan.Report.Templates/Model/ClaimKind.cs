namespace Haan.Report.Templates.Model;

/// <summary>The kinds of comparative or superlative statement a template function can make (see <see cref="Claim"/>).</summary>
public enum ClaimKind
{
    /// <summary>A Sozialraum against the town value („liegt mit 12,3 % deutlich über dem städtischen Wert von 7,9 %“).</summary>
    TownComparison,

    /// <summary>Development of one area between two years („ist von 7,5 % (2019) auf 7,9 % (2023) gestiegen“).</summary>
    Development,

    /// <summary>Rank of a Sozialraum among all Sozialräume („2 von 7“, 1 = highest need).</summary>
    Rank,

    /// <summary>The Sozialraum (or tied Sozialräume) with the highest shown value of a year.</summary>
    Highest,

    /// <summary>The Sozialraum (or tied Sozialräume) with the lowest shown value of a year.</summary>
    Lowest,

    /// <summary>The Sozialraum (or tied Sozialräume) whose value rose most between two years.</summary>
    LargestIncrease,

    /// <summary>The Sozialraum (or tied Sozialräume) whose value fell most between two years.</summary>
    LargestDecrease,

    /// <summary>The set of Sozialräume clearly above (index ≥ 120) or clearly below (index < 80) the town value.</summary>
    StandingOut,

    /// <summary>Two indicators of the same area and year against each other („bei Frauen … höher als bei Männern …“).</summary>
    PairComparison,

    /// <summary>Haan against the Kreis value in a column of the Kreis table.</summary>
    RegionalComparison,

    /// <summary>Haan's rank among the towns of the Kreis in a column of the Kreis table.</summary>
    RegionalRank,

    /// <summary>The towns with the lowest and the highest value in a column of the Kreis table.</summary>
    RegionalRange,

    /// <summary>The school (or tied schools) in Haan with the highest Schulsozialindex.</summary>
    SchoolHighest,

    /// <summary>
    /// The Sozialräume whose need lies above the town value (index ≥ 105) while at least one supply indicator lies below
    /// it (index < 95): offers that do not follow need.
    /// </summary>
    NeedSupplyMismatch,

    /// <summary>
    /// The Schwerpunkte of the Handlungsbedarfe by the stated rule: Statusklasse niedrig or sehr niedrig (Sozialstatusindex
    /// from 120) or Dynamik negativ (index up by at least 5 points in two years).
    /// </summary>
    FocusAreas,
}
