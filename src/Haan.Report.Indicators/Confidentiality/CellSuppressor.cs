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
/// Years are independent: values of different years are never combined except in changes, which inherit suppression.
/// </summary>
public sealed class CellSuppressor
{
    private const int PairSearchWidth = 10;
    private readonly IReadOnlyList<Area> areas;
    private readonly IReadOnlyList<CountRelation> relations;

    /// <summary>Creates a suppressor for the given areas (without the town) and known relations.</summary>
    public CellSuppressor(IReadOnlyList<Area> areas, IReadOnlyList<CountRelation> relations)
    {
        this.areas = areas;
        this.relations = relations;
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
    public Result Run(int year, IReadOnlyDictionary<CountCell, double?> values, IReadOnlyDictionary<CountExpression, int> minCounts,
        IReadOnlySet<CountExpression>? hidden = null)
    {
        hidden ??= new HashSet<CountExpression>();
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
                status[cell] = CellStatus.SuppressedPrimary;
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
            ProtectComponent(model, component, values, status, audit, year);
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

    private void ProtectComponent(Model model, List<CountCell> component, IReadOnlyDictionary<CountCell, double?> values,
        Dictionary<CountCell, CellStatus> status, List<SuppressionAuditEntry> audit, int year)
    {
        while (true)
        {
            var analysis = model.Analyse(component[0], component.Where(c => status[c].HasValue()), out var local);
            var exposed = component.FirstOrDefault(c => status[c].IsSuppressed() && analysis.Certificate(local(c)) is not null);
            if (exposed is null)
            {
                return;
            }

            var adjacent = model.AdjacentToUnknown(component.Where(c => status[c].HasValue()));
            var candidates = component.Where(c => status[c].HasValue() && adjacent(c))
                .OrderBy(c => Cost(c, values[c]))
                .ThenBy(c => c.Expression.ToString(), StringComparer.Ordinal)
                .ThenBy(c => AreaOrder(c.AreaId))
                .ToList();
            if (candidates.Count == 0)
            {
                throw new InvalidOperationException(
                    $"Geheimhaltung: Zelle {exposed.Expression} / {exposed.AreaId} / {year} ist allein aus den Strukturgleichungen bestimmbar.");
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
                    .OrderBy(pair => Cost(pair[0], values[pair[0]]) + Cost(pair[1], values[pair[1]]))
                    .FirstOrDefault(pair => Protects(pair))?.ToList() ?? [];
            }

            // 3. Otherwise the cheapest neighbour of the exposed cell, and try again.
            if (chosen.Count == 0)
            {
                chosen = [candidates.FirstOrDefault(c => model.ShareEquation(c, exposed)) ?? candidates[0]];
            }

            foreach (var cell in chosen)
            {
                status[cell] = CellStatus.SuppressedSecondary;
                audit.Add(new SuppressionAuditEntry(cell.Expression.ToString(), cell.AreaId, year, SuppressionKind.Secondary,
                    $"Sekundärsperrung zum Schutz von „{exposed.Expression}“, {AreaName(exposed.AreaId)}: sonst über Summen " +
                    "(Stadt Haan, Teilsummen, Aufgliederungen) rückrechenbar"));
            }
        }
    }

    private string AreaName(string areaId) =>
        areaId == Area.TownId ? Area.Town.Name : areas.FirstOrDefault(a => a.Id == areaId)?.Name ?? areaId;

    private static double Cost(CountCell cell, double? value)
    {
        var v = Math.Abs(value ?? 0);
        var cost = v;
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
