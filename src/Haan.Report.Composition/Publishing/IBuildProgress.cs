namespace Haan.Report.Composition.Publishing;

/// <summary>Receives German progress messages of a build (chapters, figures, writing); the CLI shows them.</summary>
public interface IBuildProgress
{
    void Report(string message);

    /// <summary>Ignores all messages.</summary>
    public static readonly IBuildProgress None = new Silent();

    private sealed class Silent : IBuildProgress
    {
        public void Report(string message)
        {
        }
    }
}
