namespace Haan.Report.Composition;

/// <summary>What to build: input folders and the output folder (absolute or relative paths).</summary>
public sealed record BuildRequest(string DataDirectory, string TemplatesDirectory, string OutputDirectory);

/// <summary>What a build produced.</summary>
public sealed record BuildResult(string PdfPath, int PageCount, string MarkdownPath, IReadOnlyList<string> Warnings);
