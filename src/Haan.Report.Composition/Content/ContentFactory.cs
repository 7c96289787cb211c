using Haan.Report.Charts;
using Haan.Report.Composition.Documents;
using Haan.Report.Templates.Markdown;

namespace Haan.Report.Composition.Content;

/// <summary>Builds figures and tables for directives from the prepared data and indicator results.</summary>
internal sealed class ContentFactory(Prepared prepared, ChartStyle style) : IContentFactory
{
    private readonly FigureFactory figures = new(prepared, style);
    private readonly TableFactory tables = new(prepared);

    public FigureContent CreateFigure(DocDirective directive) => figures.Create(Arguments(directive));

    public TableContent CreateTable(DocDirective directive) => tables.Create(Arguments(directive));

    private DirectiveArguments Arguments(DocDirective directive) =>
        new(directive, prepared.Data, prepared.Results, prepared.Configuration.ReportYear);
}
