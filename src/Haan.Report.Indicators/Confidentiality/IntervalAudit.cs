using Google.OrTools.LinearSolver;

namespace Haan.Report.Indicators.Confidentiality;

/// <summary>
/// The attacker's linear program for one group of structural equations: every unknown is a variable, every
/// structural equation (town = sum of the Sozialräume, parent = sum of children (+ remainder), expression = signed sum
/// of its keys) a constraint, every count is non-negative, and every published (or otherwise known) cell is fixed to
/// its value by its bounds. The feasible interval of a suppressed cell is [min, max] of its variable — what anyone can
/// compute from all published values. Solved with GLOP (Google OR-Tools); suppressing a further cell only relaxes
/// its bounds, so the model is built once and re-solved warm.
/// </summary>
internal sealed class IntervalAudit : IDisposable
{
    private const double Tolerance = 1e-6;

    private readonly Solver solver;
    private readonly Variable[] variables;
    private readonly bool[] nonNegative;

    /// <summary>
    /// Builds the program over <paramref name="unknownCount"/> unknowns (local indices 0 … n−1).
    /// <paramref name="equations"/> map local unknown → coefficient, each equal to 0.
    /// </summary>
    public IntervalAudit(int unknownCount, IEnumerable<IReadOnlyDictionary<int, double>> equations, Func<int, bool> isNonNegative)
    {
        solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("Der LP-Löser GLOP (Google OR-Tools) ist nicht verfügbar.");
        variables = new Variable[unknownCount];
        nonNegative = new bool[unknownCount];
        for (var u = 0; u < unknownCount; u++)
        {
            nonNegative[u] = isNonNegative(u);
            variables[u] = solver.MakeNumVar(nonNegative[u] ? 0 : double.NegativeInfinity, double.PositiveInfinity, "x" + u.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var equation in equations)
        {
            var constraint = solver.MakeConstraint(0, 0);
            foreach (var (u, coefficient) in equation)
            {
                constraint.SetCoefficient(variables[u], coefficient);
            }
        }
    }

    /// <summary>Fixes an unknown to a known value (published cell).</summary>
    public void Fix(int unknown, double value) => variables[unknown].SetBounds(value, value);

    /// <summary>Releases an unknown (suppressed or unpublished cell): only its sign is known.</summary>
    public void Release(int unknown) => variables[unknown].SetBounds(nonNegative[unknown] ? 0 : double.NegativeInfinity, double.PositiveInfinity);

    /// <summary>
    /// The feasible interval of an unknown: lower and upper bound an attacker can compute (infinite when unbounded).
    /// Bounds are rounded to 1e-6 so that solver noise never decides a comparison.
    /// </summary>
    public ProtectionInterval Interval(int unknown)
    {
        return new ProtectionInterval(Optimise(unknown, minimise: true), Optimise(unknown, minimise: false));
    }

    private double Optimise(int unknown, bool minimise)
    {
        var objective = solver.Objective();
        objective.Clear();
        objective.SetCoefficient(variables[unknown], 1);
        if (minimise)
        {
            objective.SetMinimization();
        }
        else
        {
            objective.SetMaximization();
        }

        var status = solver.Solve();
        if (status == Solver.ResultStatus.OPTIMAL)
        {
            return Clean(objective.Value());
        }

        if (status == Solver.ResultStatus.UNBOUNDED)
        {
            return minimise ? double.NegativeInfinity : double.PositiveInfinity;
        }

        // GLOP's presolve reports some unbounded programs as infeasible. The program is feasible by construction (the
        // real counts satisfy it), so decide boundedness exactly: all equations are homogeneous, hence the optimum is
        // unbounded iff some direction d with A·d = 0, d = 0 on fixed cells, d ≥ 0 where the cell is non-negative has
        // a non-zero component in the objective — a small bounded program with every free |d| ≤ 1.
        var bounds = variables.Select(v => (v.Lb(), v.Ub())).ToArray();
        for (var u = 0; u < variables.Length; u++)
        {
            var (lb, ub) = bounds[u];
            variables[u].SetBounds(lb == ub ? 0 : Math.Max(lb, -1), lb == ub ? 0 : 1);
        }

        var rayStatus = solver.Solve();
        var ray = objective.Value();
        for (var u = 0; u < variables.Length; u++)
        {
            variables[u].SetBounds(bounds[u].Item1, bounds[u].Item2);
        }

        return rayStatus == Solver.ResultStatus.OPTIMAL && Math.Abs(ray) > Tolerance
            ? (minimise ? double.NegativeInfinity : double.PositiveInfinity)
            : throw new InvalidOperationException(
                $"Geheimhaltung: Das Prüfprogramm (lineare Optimierung) endete mit „{status}“; die veröffentlichten Werte widersprechen den Strukturgleichungen.");
    }

    private static double Clean(double value)
    {
        var rounded = Math.Round(value);
        return Math.Abs(value - rounded) < Tolerance ? rounded : Math.Round(value, 6);
    }

    public void Dispose() => solver.Dispose();
}
