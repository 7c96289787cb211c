namespace Haan.Report.Cli;

/// <summary>Process exit codes, documented in README.md.</summary>
public static class ExitCodes
{
    /// <summary>The command succeeded.</summary>
    public const int Success = 0;

    /// <summary>Invalid input: data, templates or configuration. Nothing was written.</summary>
    public const int InvalidInput = 1;

    /// <summary>Wrong usage of the command line (unknown command or option).</summary>
    public const int Usage = 2;

    /// <summary>An unexpected internal error (a bug): please report it with the output of --verbose.</summary>
    public const int InternalError = 3;

    /// <summary>The version is already published with other inputs or another result; nothing was written.</summary>
    public const int VersionExists = 4;
}
