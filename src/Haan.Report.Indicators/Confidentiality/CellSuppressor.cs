using System.Globalization;
using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Counts;

namespace Haan.Report.Indicators.Confidentiality;

/// <summary>A count cell that would be published: a numerator expression for one area (or the town) and year.</summary>
public sealed record CountCell(CountExpression Expression, string AreaId, int Year);

/// <summary>
/// Primary and secondary cell suppression for all published count cells of one year.
/// <para>
/// Model: every count key × area (and town), every unpublished remainder of a relation and every multi-term
/// numerator expression is an unknown. What an attacker knows: the structural equations (town = sum of the
/// Sozialräume for every key; parent = sum of children (+ remainder) for every relation, per area and for the town;
/// expression = signed sum of its keys) and the value of every published cell. A suppressed cell is recoverable
/// when its unit vector lies in the span of these rows.
/// </para>
/// <para>
/// Primary: a cell of a plain sum of counts with 1 ≤ value &lt; minimum count. Secondary: while some suppressed cell is
/// recoverable, suppress the cheapest published cell of the same connected group of equations whose suppression alone
/// makes it unrecoverable (cost: Sozialraum cells before town cells, non-zero before zero, smaller count first);
/// if no single cell suffices, suppress the cheapest and repeat. Suppressing more cells only shrinks the span, so
/// earlier decisions stay valid; the loop ends when no suppressed cell is recoverable.
/// </para>
/// <para>
/// Interval protection: not being recoverable exactly is not enough — with non-negativity a pair such as
/// SR06 + SR04 = 6 still narrows a cell to [0; 6]. For every suppressed cell the attacker's linear program
/// (<see cref="IntervalAudit"/>: min and max of the cell subject to all structural equations, all published values and
/// non-negativity) must give an interval of at least <see cref="ProtectionFactor"/> × the minimum count, and for a
/// primary cell it must reach from 0 up to at least that width. While a cell falls short, the cheapest published cell
/// whose suppression closes the gap is suppressed (else the one that narrows the gap most); every suppressed cell's
/// interval is recorded in the audit list.
/// </para>
/// <para>
/// Versions: cells published in an earlier version of the same report year are known to everyone. They are never
/// chosen as secondary cells (suppressing them now hides nothing) and count as published in the audit; cells suppressed
/// in an earlier version are preferred as secondary cells, so a correction keeps the earlier pattern where possible.
/// </para>
/// Years are independent: values of different years are never combined except in changes, which inherit suppression.
/// </summary>
public sealed class CellSuppressor
{
    /// <summary>The attacker's interval of every suppressed cell must be at least this many times the minimum count wide.</summary>
    public const int ProtectionFactor = 2;

    private const int PairSearchWidth = 10;
    private const int IntervalSearchWidth = 24;
    private const double Tolerance = 1e-6;
    private readonly IReadOnlyList<Area> areas;
    private readonly IReadOnlyList<CountRelation> relations;

    private readonly string townName;

    /// <summary>Creates a suppressor for the given areas (without the town) and known relations.</summary>
    /// <param name="townName">Name of the town as a whole in the audit texts.</param>
    public CellSuppressor(IReadOnlyList<Area> areas, IReadOnlyList<CountRelation> relations, string townName = "Gesamtstadt")
    {
        this.areas = areas;
        this.relations = relations;
        this.townName = townName;
    }

    /// <summary>Result of one run.</summary>
    public sealed record Result(IReadOnlyDictionary<CountCell, CellStatus> Status, IReadOnlyList<SuppressionAuditEntry> Audit);

    /// <summary>
    /// Decides the status of every cell. <paramref name="values"/> holds the unrounded value of each cell
    /// (null = not available, such cells are treated as unpublished); <paramref name="minCounts"/> the minimum count per
    /// expression (0 = no count rule, the cell is still part of the equations). Cells whose expression is in
    /// <paramref name="hidden"/> are never published (components of published sums, e.g. Hilfe zum Lebensunterhalt inside
    /// the Mindestsicherung): they are protected when small, but get no status unless suppressed.
    /// </summary>
    /// <para>
    /// <paramref name="knownBefore"/>: cells published in an earlier version of the same report year (known to everyone);
    /// <paramref name="suppressedBefore"/>: cells suppressed there (preferred as secondary cells).
    /// </para>
    public Result Run(int year, IReadOnlyDictionary<CountCell, double?> values, IReadOnlyDictionary<CountExpression, int> minCounts,
        IReadOnlySet<CountExpression>? hidden = null, IReadOnlySet<CountCell>? knownBefore = null, IReadOnlySet<CountCell>? suppressedBefore = null)
    {
        hidden ??= new HashSet<CountExpression>();
        var context = new Context(values, minCounts, knownBefore ?? new HashSet<CountCell>(), suppressedBefore ?? new HashSet<CountCell>(), year);
        var model = new Model(areas, relations, values.Keys.Where(c => c.Year == year).Select(c => c.Expression).Distinct().ToList());
        var status = new Dictionary<CountCell, CellStatus>();
        var audit = new List<SuppressionAuditEntry>();
        var cells = values.Keys.Where(c => c.Year == year)
            .OrderBy(c => c.Expression.ToString(), StringComparer.Ordinal)
            .ThenBy(c => AreaOrder(c.AreaId))
            .ToList();

        foreach (var cell in cells)
        {
            var value = values[cell];
            var min = minCounts.GetValueOrDefault(cell.Expression);
            var isHidden = hidden.Contains(cell.Expression);
            if (min > 0 && value is { } v && cell.Expression.IsPureSum && v >= 0.5 && v < min)
            {
                status[cell] = CellStatus.Suppressed;
                context.Primary.Add(cell);
                audit.Add(new SuppressionAuditEntry(cell.Expression.ToString(), cell.AreaId, year, SuppressionKind.Primary,
                    $"Fallzahl unter der Mindestfallzahl {min.ToString(CultureInfo.InvariantCulture)} (Werte 1 bis {(min - 1).ToString(CultureInfo.InvariantCulture)} werden gesperrt)" +
                    (isHidden ? "; nicht einzeln veröffentlichter Bestandteil einer Summe" : string.Empty)));
            }
            else if (value is null || isHidden)
            {
                status[cell] = CellStatus.NotAvailable;
            }
            else
            {
                status[cell] = CellStatus.Published;
            }
        }

        foreach (var component in model.Components(cells))
        {
            ProtectComponent(model, component, context, status, audit);
        }

        // Every count cell's entry carries its audited interval.
        var bySubject = cells.ToDictionary(c => (c.Expression.ToString(), c.AreaId));
        for (var i = 0; i < audit.Count; i++)
        {
            var cell = bySubject[(audit[i].Subject, audit[i].AreaId)];
            var min = minCounts.GetValueOrDefault(cell.Expression);
            audit[i] = audit[i] with
            {
                Interval = context.Intervals.GetValueOrDefault(cell),
                RequiredWidth = min > 0 && !context.Known.Contains(cell) ? ProtectionFactor * min : null,
                Rule = context.Known.Contains(cell)
                    ? audit[i].Rule + "; Wert bereits aus Veröffentlichtem (auch früherer Versionen) bestimmbar, keine kleine Fallzahl"
                    : audit[i].Rule,
            };
        }

        foreach (var cell in cells.Where(c => hidden.Contains(c.Expression) && !status[c].IsSuppressed()))
        {
            status.Remove(cell);
        }

        return new Result(status, audit);
    }

    private int AreaOrder(string areaId)
    {
        for (var i = 0; i < areas.Count; i++)
        {
            if (areas[i].Id == areaId)
            {
                return i;
            }
        }

        return areas.Count;
    }

    /// <summary>What one run knows besides the cells' status.</summary>
    private sealed record Context(
        IReadOnlyDictionary<CountCell, double?> Values,
        IReadOnlyDictionary<CountExpression, int> MinCounts,
        IReadOnlySet<CountCell> KnownBefore,
        IReadOnlySet<CountCell> SuppressedBefore,
        int Year)
    {
        public HashSet<CountCell> Primary { get; } = [];

        public Dictionary<CountCell, ProtectionInterval> Intervals { get; } = [];

        /// <summary>
        /// Secondary cells that cannot be hidden any more because everything around them is already known (published
        /// now or in an earlier version): their value is public anyway; they are not small counts, so no promise is
        /// broken, and they get no required width.
        /// </summary>
        public HashSet<CountCell> Known { get; } = [];

        /// <summary>Known to an attacker: shown now, or published in an earlier version (unless it is a small count now).</summary>
        public bool IsKnown(CountCell cell, CellStatus status) =>
            status.HasValue() || (KnownBefore.Contains(cell) && !Primary.Contains(cell) && Values[cell] is not null);

        /// <summary>May be suppressed as a secondary cell: shown now and not already known from an earlier version.</summary>
        public bool IsCandidate(CountCell cell, CellStatus status) => status.HasValue() && !KnownBefore.Contains(cell);
    }

    private void ProtectComponent(Model model, List<CountCell> component, Context context,
        Dictionary<CountCell, CellStatus> status, List<SuppressionAuditEntry> audit)
    {
        if (!component.Any(c => status[c].IsSuppressed()))
        {
            return;
        }

        // First no cell exactly recoverable (cheap rank test, with pairs for 2 × 2 patterns; partners large enough for
        // the interval come first), then the exact interval audit, until both hold.
        using var lp = model.CreateAudit(component[0]);
        do
        {
            ProtectFromRecovery(model, component, context, status, audit);
        }
        while (ProtectInterval(model, lp, component, context, status, audit));

        foreach (var cell in component.Where(c => status[c].IsSuppressed()))
        {
            context.Intervals[cell] = lp.Interval(model.LocalUnknown(component[0], cell));
        }
    }

    /// <summary>Sets the bounds of the attacker's program: known cells fixed to their value, all others free (≥ 0).</summary>
    private static void Bind(Model model, IntervalAudit lp, List<CountCell> component, Context context, Dictionary<CountCell, CellStatus> status)
    {
        foreach (var cell in component)
        {
            var local = model.LocalUnknown(component[0], cell);
            if (context.IsKnown(cell, status[cell]))
            {
                lp.Fix(local, context.Values[cell]!.Value);
            }
            else
            {
                lp.Release(local);
            }
        }
    }

    /// <summary>How far a suppressed cell's interval falls short of the promise (0 = protected).</summary>
    private static double Shortfall(CountCell cell, ProtectionInterval interval, Context context)
    {
        var min = context.MinCounts.GetValueOrDefault(cell.Expression);
        if (min <= 0)
        {
            return 0;
        }

        var width = (double)ProtectionFactor * min;
        var gap = Math.Max(0, width - interval.Width);
        if (context.Primary.Contains(cell))
        {
            gap += Math.Max(0, interval.Lower) + Math.Max(0, width - interval.Upper);
        }

        return gap < Tolerance ? 0 : gap;
    }

    /// <summary>One refinement step of interval protection; false when every suppressed cell of the component is protected.</summary>
    private bool ProtectInterval(Model model, IntervalAudit lp, List<CountCell> component, Context context,
        Dictionary<CountCell, CellStatus> status, List<SuppressionAuditEntry> audit)
    {
        Bind(model, lp, component, context, status);
        CountCell? failing = null;
        var gap = 0d;
        foreach (var cell in component.Where(c => status[c].IsSuppressed() && !context.Known.Contains(c)))
        {
            gap = Shortfall(cell, lp.Interval(model.LocalUnknown(component[0], cell)), context);
            if (gap > 0)
            {
                failing = cell;
                break;
            }
        }

        if (failing is null)
        {
            return false;
        }

        var adjacent = model.AdjacentToUnknown(component.Where(c => context.IsKnown(c, status[c])));
        var suppressed = component.Where(c => status[c].IsSuppressed()).ToList();
        var candidates = component.Where(c => context.IsCandidate(c, status[c]) && adjacent(c))
            .OrderBy(c => model.ShareEquation(c, failing) ? 0 : 1)
            .ThenBy(c => Cost(c, context))
            .ThenBy(c => c.Expression.ToString(), StringComparer.Ordinal)
            .ThenBy(c => AreaOrder(c.AreaId))
            .ToList();
        if (candidates.Count == 0)
        {
            if (!context.Primary.Contains(failing))
            {
                context.Known.Add(failing);
                return true;
            }

            throw new ProtectionImpossibleException(failing.Expression.ToString(), failing.AreaId, context.Year);
        }

        var failingLocal = model.LocalUnknown(component[0], failing);
        CountCell? best = null;
        var bestGap = gap;
        foreach (var candidate in candidates.Where(c => suppressed.Any(sc => model.ShareEquation(c, sc))).Take(IntervalSearchWidth)
                     .OrderBy(c => Cost(c, context)))
        {
            var local = model.LocalUnknown(component[0], candidate);
            lp.Release(local);
            var trial = Shortfall(failing, lp.Interval(failingLocal), context);
            lp.Fix(local, context.Values[candidate]!.Value);
            if (trial < bestGap - Tolerance)
            {
                (best, bestGap) = (candidate, trial);
                if (trial == 0)
                {
                    break;
                }
            }
        }

        var chosen = best ?? candidates[0];
        status[chosen] = CellStatus.Suppressed;
        audit.Add(new SuppressionAuditEntry(chosen.Expression.ToString(), chosen.AreaId, context.Year, SuppressionKind.Secondary,
            $"Sekundärsperrung zum Schutz von „{failing.Expression}“, {AreaName(failing.AreaId)}: sonst wäre der aus den " +
            $"veröffentlichten Werten berechenbare Bereich schmaler als {ProtectionFactor.ToString(CultureInfo.InvariantCulture)} × Mindestfallzahl"));
        return true;
    }

    /// <summary>Suppresses further cells until no suppressed cell is exactly recoverable; true when it suppressed any.</summary>
    private bool ProtectFromRecovery(Model model, List<CountCell> component, Context context,
        Dictionary<CountCell, CellStatus> status, List<SuppressionAuditEntry> audit)
    {
        var year = context.Year;
        var changed = false;
        while (true)
        {
            var analysis = model.Analyse(component[0], component.Where(c => context.IsKnown(c, status[c])), out var local);
            var exposed = component.FirstOrDefault(c => status[c].IsSuppressed() && !context.Known.Contains(c) && analysis.Certificate(local(c)) is not null);
            if (exposed is null)
            {
                return changed;
            }

            changed = true;

            // A partner smaller than the interval the exposed cell needs cannot open it wide enough.
            var need = (ProtectionFactor * context.MinCounts.GetValueOrDefault(exposed.Expression)) - (context.Values[exposed] ?? 0);
            var adjacent = model.AdjacentToUnknown(component.Where(c => context.IsKnown(c, status[c])));
            var candidates = component.Where(c => context.IsCandidate(c, status[c]) && adjacent(c))
                .OrderBy(c => Math.Abs(context.Values[c] ?? 0) >= need ? 0 : 1)
                .ThenBy(c => Cost(c, context))
                .ThenBy(c => c.Expression.ToString(), StringComparer.Ordinal)
                .ThenBy(c => AreaOrder(c.AreaId))
                .ToList();
            if (candidates.Count == 0)
            {
                if (!context.Primary.Contains(exposed))
                {
                    context.Known.Add(exposed);
                    continue;
                }

                throw new ProtectionImpossibleException(exposed.Expression.ToString(), exposed.AreaId, year);
            }

            var certificate = analysis.Certificate(local(exposed))!;
            bool Protects(IReadOnlyCollection<CountCell> extra) =>
                analysis.Protects(certificate, extra.Select(c => model.Column(component[0], c)).ToList());

            // 1. The cheapest single cell that protects the exposed cell.
            var chosen = candidates.Where(c => Protects([c])).Take(1).ToList();

            // 2. Otherwise the cheapest pair among the cheapest neighbours of suppressed cells (closes 2×2 patterns
            //    such as area × sex tables with both margins published).
            if (chosen.Count == 0)
            {
                var suppressedUnknowns = component.Where(c => status[c].IsSuppressed()).ToList();
                var neighbours = candidates.Where(c => suppressedUnknowns.Any(sc => model.ShareEquation(c, sc))).Take(PairSearchWidth).ToList();
                chosen = neighbours
                    .SelectMany((a, i) => neighbours.Skip(i + 1).Select(b => new[] { a, b }))
                    .OrderBy(pair => Cost(pair[0], context) + Cost(pair[1], context))
                    .FirstOrDefault(pair => Protects(pair))?.ToList() ?? [];
            }

            // 3. Otherwise the cheapest neighbour of the exposed cell, and try again.
            if (chosen.Count == 0)
            {
                chosen = [candidates.FirstOrDefault(c => model.ShareEquation(c, exposed)) ?? candidates[0]];
            }

            foreach (var cell in chosen)
            {
                status[cell] = CellStatus.Suppressed;
                audit.Add(new SuppressionAuditEntry(cell.Expression.ToString(), cell.AreaId, year, SuppressionKind.Secondary,
                    $"Sekundärsperrung zum Schutz von „{exposed.Expression}“, {AreaName(exposed.AreaId)}: sonst über Summen " +
                    $"({townName}, Teilsummen, Aufgliederungen) rückrechenbar"));
            }
        }
    }

    private string AreaName(string areaId) =>
        areaId == Area.TownId ? townName : areas.FirstOrDefault(a => a.Id == areaId)?.Name ?? areaId;

    private static double Cost(CountCell cell, Context context)
    {
        var v = Math.Abs(context.Values[cell] ?? 0);
        var cost = v;

        // Keep the pattern of an earlier version: its suppressed cells come first.
        if (context.SuppressedBefore.Contains(cell))
        {
            cost -= 1e12;
        }

        if (v < 0.5)
        {
            cost += 1e6;
        }

        if (cell.AreaId == Area.TownId)
        {
            cost += 1e9;
        }

        return cost;
    }

    /// <summary>The unknowns and structural equations of one year.</summary>
    private sealed class Model
    {
        private readonly IReadOnlyList<Area> areas;
        private readonly Dictionary<(string Name, int Area), int> unknowns = [];
        private readonly List<Dictionary<int, double>> equations = [];
        private readonly Dictionary<CountExpression, string> expressionUnknown = [];
        private readonly HashSet<string> signed = new(StringComparer.Ordinal);

        public Model(IReadOnlyList<Area> areas, IReadOnlyList<CountRelation> relations, IReadOnlyList<CountExpression> expressions)
        {
            this.areas = areas;
            var town = areas.Count;

            // Keys: those in expressions plus everything connected through relations.
            var keys = new HashSet<CountKey>(expressions.SelectMany(e => e.Terms.Select(t => t.Key)));
            var used = new List<CountRelation>();
            bool grown;
            do
            {
                grown = false;
                foreach (var relation in relations.Where(r => !used.Contains(r)))
                {
                    if (keys.Contains(relation.Parent) || relation.Children.Any(keys.Contains))
                    {
                        used.Add(relation);
                        keys.Add(relation.Parent);
                        keys.UnionWith(relation.Children);
                        grown = true;
                    }
                }
            }
            while (grown);

            foreach (var key in keys)
            {
                var eq = new Dictionary<int, double> { [Unknown("k:" + key, town)] = 1 };
                for (var a = 0; a < town; a++)
                {
                    eq[Unknown("k:" + key, a)] = -1;
                }

                equations.Add(eq);
            }

            for (var r = 0; r < used.Count; r++)
            {
                var relation = used[r];
                for (var a = 0; a <= town; a++)
                {
                    var eq = new Dictionary<int, double> { [Unknown("k:" + relation.Parent, a)] = 1 };
                    foreach (var child in relation.Children)
                    {
                        var u = Unknown("k:" + child, a);
                        eq[u] = eq.GetValueOrDefault(u) - 1;
                    }

                    if (relation.HasRemainder)
                    {
                        eq[Unknown("r:" + r.ToString(CultureInfo.InvariantCulture), a)] = -1;
                    }

                    equations.Add(eq);
                }

                if (relation.HasRemainder)
                {
                    var name = "r:" + r.ToString(CultureInfo.InvariantCulture);
                    var eq = new Dictionary<int, double> { [Unknown(name, town)] = 1 };
                    for (var a = 0; a < town; a++)
                    {
                        eq[Unknown(name, a)] = -1;
                    }

                    equations.Add(eq);
                }
            }

            foreach (var expression in expressions)
            {
                if (expression.Terms is [{ Sign: 1 } single])
                {
                    expressionUnknown[expression] = "k:" + single.Key;
                    continue;
                }

                var name = "e:" + expression;
                expressionUnknown[expression] = name;
                if (!expression.IsPureSum)
                {
                    signed.Add(name);
                }

                for (var a = 0; a <= town; a++)
                {
                    var eq = new Dictionary<int, double> { [Unknown(name, a)] = 1 };
                    foreach (var term in expression.Terms)
                    {
                        var u = Unknown("k:" + term.Key, a);
                        eq[u] = eq.GetValueOrDefault(u) - term.Sign;
                    }

                    equations.Add(eq);
                }
            }
        }

        private int Unknown(string name, int area)
        {
            if (!unknowns.TryGetValue((name, area), out var index))
            {
                index = unknowns.Count;
                unknowns[(name, area)] = index;
            }

            return index;
        }

        private int AreaIndex(string areaId)
        {
            for (var i = 0; i < areas.Count; i++)
            {
                if (areas[i].Id == areaId)
                {
                    return i;
                }
            }

            return areaId == Area.TownId ? areas.Count : throw new ArgumentException("Unbekannter Sozialraum: " + areaId, nameof(areaId));
        }

        /// <summary>
        /// Predicate: does the cell's unknown occur in a structural equation together with an unknown that is not published?
        /// Only such cells can add a degree of freedom when suppressed.
        /// </summary>
        public Func<CountCell, bool> AdjacentToUnknown(IEnumerable<CountCell> published)
        {
            var known = new HashSet<int>(published.Select(UnknownOf));
            var adjacent = new HashSet<int>();
            foreach (var eq in equations.Where(e => e.Keys.Any(u => !known.Contains(u))))
            {
                adjacent.UnionWith(eq.Keys);
            }

            return cell => adjacent.Contains(UnknownOf(cell));
        }

        /// <summary>True when the unknowns of both cells occur in one structural equation.</summary>
        public bool ShareEquation(CountCell a, CountCell b)
        {
            var ua = UnknownOf(a);
            var ub = UnknownOf(b);
            return equations.Any(e => e.ContainsKey(ua) && e.ContainsKey(ub));
        }

        public int UnknownOf(CountCell cell) => unknowns[(expressionUnknown[cell.Expression], AreaIndex(cell.AreaId))];

        /// <summary>Groups cells whose unknowns are connected through structural equations.</summary>
        public IEnumerable<List<CountCell>> Components(IReadOnlyList<CountCell> cells)
        {
            var parent = Enumerable.Range(0, unknowns.Count).ToArray();
            int Find(int x)
            {
                while (parent[x] != x)
                {
                    parent[x] = parent[parent[x]];
                    x = parent[x];
                }

                return x;
            }

            foreach (var eq in equations)
            {
                var first = eq.Keys.First();
                foreach (var other in eq.Keys)
                {
                    parent[Find(other)] = Find(first);
                }
            }

            root = Enumerable.Range(0, unknowns.Count).Select(Find).ToArray();
            return cells.GroupBy(c => root[UnknownOf(c)]).Select(g => g.ToList());
        }

        private readonly Dictionary<int, (int[] Unknowns, List<Dictionary<int, double>> Equations)> componentCache = [];
        private int[] root = [];

        /// <summary>
        /// Elimination of the structural equations of the component that contains <paramref name="member"/>, restricted
        /// to its unpublished unknowns (the published unknowns are known constants).
        /// </summary>
        public ExposureAnalysis Analyse(CountCell member, IEnumerable<CountCell> published, out Func<CountCell, int> local)
        {
            var component = Component(member);
            var known = new HashSet<int>(published.Select(UnknownOf));
            var map = new Dictionary<int, int>();
            foreach (var u in component.Unknowns)
            {
                if (!known.Contains(u))
                {
                    map[u] = map.Count;
                }
            }

            var rows = new List<double[]>();
            foreach (var eq in component.Equations)
            {
                var row = new double[map.Count];
                foreach (var (u, coefficient) in eq)
                {
                    if (map.TryGetValue(u, out var l))
                    {
                        row[l] += coefficient;
                    }
                }

                rows.Add(row);
            }

            local = cell => map[UnknownOf(cell)];
            return new ExposureAnalysis(rows, map.Count);
        }

        /// <summary>
        /// The attacker's linear program over all unknowns of the component that contains <paramref name="member"/>
        /// (local indices as in <see cref="LocalUnknown"/>); counts, remainders and sums of counts are non-negative.
        /// </summary>
        public IntervalAudit CreateAudit(CountCell member)
        {
            var component = Component(member);
            var local = LocalMap(member);
            var names = new string[component.Unknowns.Length];
            foreach (var ((name, _), index) in unknowns)
            {
                if (local.TryGetValue(index, out var l))
                {
                    names[l] = name;
                }
            }

            return new IntervalAudit(component.Unknowns.Length,
                component.Equations.Select(e => (IReadOnlyDictionary<int, double>)e.ToDictionary(p => local[p.Key], p => p.Value)),
                u => !signed.Contains(names[u]));
        }

        /// <summary>Index of a cell's unknown within its component (for <see cref="CreateAudit"/>).</summary>
        public int LocalUnknown(CountCell member, CountCell cell) => LocalMap(member)[UnknownOf(cell)];

        private readonly Dictionary<int, Dictionary<int, int>> localMaps = [];

        private Dictionary<int, int> LocalMap(CountCell member)
        {
            var componentRoot = root[UnknownOf(member)];
            if (!localMaps.TryGetValue(componentRoot, out var map))
            {
                var component = Component(member);
                map = [];
                for (var i = 0; i < component.Unknowns.Length; i++)
                {
                    map[component.Unknowns[i]] = i;
                }

                localMaps[componentRoot] = map;
            }

            return map;
        }

        /// <summary>Coefficients of a cell's unknown in the component's equations (same order as in <see cref="Analyse"/>).</summary>
        public double[] Column(CountCell member, CountCell cell)
        {
            var u = UnknownOf(cell);
            return Component(member).Equations.Select(e => e.GetValueOrDefault(u)).ToArray();
        }

        private (int[] Unknowns, List<Dictionary<int, double>> Equations) Component(CountCell member)
        {
            var componentRoot = root[UnknownOf(member)];
            if (!componentCache.TryGetValue(componentRoot, out var component))
            {
                component = (
                    Enumerable.Range(0, root.Length).Where(u => root[u] == componentRoot).ToArray(),
                    equations.Where(e => root[e.Keys.First()] == componentRoot).ToList());
                componentCache[componentRoot] = component;
            }

            return component;
        }
    }
}
