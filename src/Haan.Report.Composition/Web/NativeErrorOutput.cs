using System.Runtime.InteropServices;

namespace Haan.Report.Composition.Web;

/// <summary>
/// Skia's SVG backend reports every dashed single line it draws solid („Unsupported path effect in addPaint.“)
/// straight to the process's native error output, bypassing .NET. While the web edition's figures are drawn, that
/// output goes to /dev/null on Linux and macOS (the limitation is documented in the README), so a build's console
/// shows only the program's own messages. It is muted from the start of the PDF (the SVGs are made in the background
/// while the PDF is built) until the web edition is written; .NET's own error output goes to the console only after
/// that (the command line writes errors after the build returns). Elsewhere nothing changes.
/// </summary>
internal sealed partial class NativeErrorOutput : IDisposable
{
    private const int StandardError = 2;
    private readonly int saved = -1;

    private NativeErrorOutput()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var nowhere = Open("/dev/null", 1);
        if (nowhere < 0)
        {
            return;
        }

        saved = Dup(StandardError);
        if (saved >= 0)
        {
            Dup2(nowhere, StandardError);
        }

        Close(nowhere);
    }

    public static NativeErrorOutput Silence() => new();

    public void Dispose()
    {
        if (saved >= 0)
        {
            Dup2(saved, StandardError);
            Close(saved);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "dup")]
    private static partial int Dup(int descriptor);

    [LibraryImport("libc", EntryPoint = "dup2")]
    private static partial int Dup2(int from, int to);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
