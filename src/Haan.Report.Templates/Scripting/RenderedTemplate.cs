namespace Haan.Report.Templates.Scripting;

/// <summary>The filled text of a template and the map of its lines back to the template.</summary>
public sealed record RenderedTemplate(string Text, SourceMap Map);
