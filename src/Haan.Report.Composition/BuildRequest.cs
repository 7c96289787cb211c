namespace Haan.Report.Composition;

/// <summary>
/// What to build: input folders and the output folder (absolute or relative paths). <see cref="Draft"/>: write a
/// working copy to <c>&lt;output&gt;/&lt;year&gt;/entwurf/</c>, replacing the previous draft, instead of publishing a version.
/// </summary>
public sealed record BuildRequest(string DataDirectory, string TemplatesDirectory, string OutputDirectory)
{
    public bool Draft { get; init; }
}

/// <summary>
/// What a build produced. <paramref name="Unchanged"/>: the version already existed with the same inputs and the
/// build reproduced it byte for byte, so nothing was written. <paramref name="Changes"/>: the comparison with the
/// previous published version (null for the first version).
/// </summary>
public sealed record BuildResult(
    string PdfPath,
    int PageCount,
    string MarkdownPath,
    IReadOnlyList<string> Warnings,
    string Folder,
    bool Unchanged,
    Publishing.ReportComparison? Changes);
