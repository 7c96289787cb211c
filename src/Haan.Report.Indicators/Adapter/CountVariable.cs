namespace Haan.Report.Indicators.Adapter;

/// <summary>
/// One count variable the catalogue's Zähler and Nenner may use (resolved by <see cref="DataSetCounts"/>): its name,
/// German label for published tables, the breakdowns the data allow, an example key and the input files it is read from.
/// </summary>
/// <param name="Name">Name in the catalogue, e.g. <c>bev</c>.</param>
/// <param name="Label">German label, e.g. „Einwohnerinnen und Einwohner“.</param>
/// <param name="Breakdowns">German description of the filters allowed in <c>[…]</c>, or „keine“.</param>
/// <param name="Example">A key that resolves, e.g. <c>bev[0-3]</c>.</param>
/// <param name="InputFiles">The data files the counts come from.</param>
public sealed record CountVariable(string Name, string Label, string Breakdowns, string Example, IReadOnlyList<string> InputFiles);
