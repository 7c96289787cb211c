using System.Runtime.InteropServices;

namespace Haan.Report.Data;

/// <summary>
/// Only regular files inside an input folder are read. A named pipe (FIFO), socket or device would block or never end
/// when opened; a symbolic link may point out of the folder (then its content is not what the folder shows), in a
/// loop or nowhere. This check runs before any input file is opened and explains each case in German.
/// </summary>
public static partial class InputFileCheck
{
    /// <summary>
    /// Why <paramref name="path"/> (a file below <paramref name="root"/>) must not be read, in German (without the file
    /// name), or null when it is a regular file, directly or through a symbolic link that stays inside the folder.
    /// </summary>
    public static string? Problem(string root, string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is { } linkTarget)
        {
            FileSystemInfo? final;
            try
            {
                final = info.ResolveLinkTarget(returnFinalTarget: true);
            }
            catch (IOException)
            {
                return $"Die Datei ist eine Verknüpfung (Symlink auf „{linkTarget}“), die im Kreis auf sich selbst zeigt. Ersetzen Sie sie durch die Datei selbst.";
            }

            if (final is null || !final.Exists)
            {
                return $"Die Datei ist eine Verknüpfung (Symlink) ins Leere: Ihr Ziel „{linkTarget}“ gibt es nicht. Ersetzen Sie sie durch die Datei selbst oder löschen Sie sie.";
            }

            if (final is DirectoryInfo)
            {
                return $"Die Datei ist eine Verknüpfung (Symlink) auf den Ordner „{linkTarget}“. Verknüpfte Ordner werden nicht gelesen; kopieren Sie die Dateien in den Ordner.";
            }

            if (!IsInside(root, final.FullName))
            {
                return $"Die Datei ist eine Verknüpfung (Symlink) auf „{final.FullName}“ außerhalb des Ordners. Es werden nur Dateien innerhalb des Ordners gelesen; kopieren Sie die Datei hierher.";
            }

            path = final.FullName;
        }

        return Kind(path) switch
        {
            FileKind.Regular => null,
            FileKind.Fifo => "Die Datei ist eine benannte Pipe (FIFO), keine normale Datei. Sie würde beim Lesen endlos warten; ersetzen Sie sie durch eine normale Datei.",
            FileKind.Socket => "Die Datei ist ein Socket, keine normale Datei. Ersetzen Sie sie durch eine normale Datei.",
            FileKind.Device => "Die Datei ist eine Gerätedatei, keine normale Datei. Ersetzen Sie sie durch eine normale Datei.",
            _ => "Die Datei ist keine normale Datei. Ersetzen Sie sie durch eine normale Datei.",
        };
    }

    /// <summary>
    /// Every entry below <paramref name="root"/> that must not be read, as (path, German reason). Hidden entries (name
    /// starting with a dot) are not inputs and are skipped, like in the input fingerprint. Linked folders are reported,
    /// never followed.
    /// </summary>
    public static IReadOnlyList<(string Path, string Message)> Scan(string root)
    {
        var found = new List<(string, string)>();
        var full = Path.GetFullPath(root);
        if (Directory.Exists(full))
        {
            ScanFolder(full, full, found);
        }

        return found;
    }

    /// <summary>True when <paramref name="path"/> (absolute) is <paramref name="root"/> itself or lies below it.</summary>
    public static bool IsInside(string root, string path)
    {
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var candidate = Path.GetFullPath(path);
        return string.Equals(candidate, folder, StringComparison.Ordinal)
            || candidate.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static void ScanFolder(string root, string folder, List<(string, string)> found)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", options).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(entry).StartsWith('.'))
            {
                continue;
            }

            var directory = new DirectoryInfo(entry);
            if (directory.Exists && directory.LinkTarget is null)
            {
                ScanFolder(root, entry, found);
                continue;
            }

            if (Problem(root, entry) is { } message)
            {
                found.Add((entry, message));
            }
        }
    }

    private enum FileKind
    {
        Regular,
        Directory,
        Fifo,
        Socket,
        Device,
        Other,
    }

    /// <summary>File type of <paramref name="path"/> (links followed). statx on Linux; elsewhere the attributes.</summary>
    private static FileKind Kind(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            // struct statx has the same layout on every Linux architecture; stx_mode (u16) is at byte 28.
            var buffer = new byte[256];
            int result;
            try
            {
                result = Statx(AtCurrentDirectory, path, 0, StatxType, buffer);
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                result = -1;
            }

            if (result == 0)
            {
                return (BitConverter.ToUInt16(buffer, 28) & 0xF000) switch
                {
                    0x8000 => FileKind.Regular,
                    0x4000 => FileKind.Directory,
                    0x1000 => FileKind.Fifo,
                    0xC000 => FileKind.Socket,
                    0x2000 or 0x6000 => FileKind.Device,
                    _ => FileKind.Other,
                };
            }
        }

        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return FileKind.Regular; // missing files are reported by the reader that expects them
        }

        var attributes = File.GetAttributes(path);
        return (attributes & FileAttributes.Directory) != 0 ? FileKind.Directory
            : (attributes & FileAttributes.Device) != 0 ? FileKind.Device
            : FileKind.Regular;
    }

    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;

    [LibraryImport("libc.so.6", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);
}
