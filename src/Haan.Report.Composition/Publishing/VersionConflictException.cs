namespace Haan.Report.Composition.Publishing;

/// <summary>
/// A version that is already published would come out different (other inputs or another program version).
/// Published versions are never overwritten: a correction needs a new version number.
/// </summary>
public sealed class VersionConflictException(string message) : Exception(message);
