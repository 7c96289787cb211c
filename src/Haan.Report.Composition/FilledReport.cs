using Haan.Report.Data;
using Haan.Report.Indicators.Engine;
using Haan.Report.Templates.Model;

namespace Haan.Report.Composition;

/// <summary>
/// The filled Markdown of a whole report, the claims the template functions made while filling it, and the data and
/// published value set behind them (see <see cref="ReportBuilder.Fill"/>).
/// </summary>
public sealed record FilledReport(string Markdown, IReadOnlyList<Claim> Claims, IndicatorResults Results, DataSet Data);
