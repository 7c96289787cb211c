using System.Runtime.CompilerServices;
using SkiaSharp;

namespace Haan.Report.Charts.Tests;

/// <summary>
/// PNG snapshots with a per-pixel tolerance. <c>Snapshots/{name}.verified.png</c> is committed next to the tests.
/// On mismatch <c>{name}.received.png</c> is written and the test fails. <c>HAAN_ACCEPT=1</c> accepts the new image;
/// a missing snapshot is created, except with <c>CI=true</c>, where it fails.
/// </summary>
internal static class PngSnapshot
{
    /// <summary>A channel may differ by this much before a pixel counts as different (anti-aliasing, font rasteriser).</summary>
    public const int ChannelTolerance = 40;

    /// <summary>Share of pixels that may differ.</summary>
    public const double PixelShareTolerance = 0.001;

    public static void Verify(byte[] png, string name, [CallerFilePath] string callerFile = "")
    {
        var dir = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        Directory.CreateDirectory(dir);
        var verified = Path.Combine(dir, name + ".verified.png");
        var received = Path.Combine(dir, name + ".received.png");
        var accept = Environment.GetEnvironmentVariable("HAAN_ACCEPT") == "1";
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

        if (!File.Exists(verified))
        {
            if (ci && !accept)
            {
                File.WriteAllBytes(received, png);
                Assert.Fail($"Snapshot {verified} is missing (CI=true). Received image written to {received}.");
            }

            File.WriteAllBytes(verified, png);
            return;
        }

        var expectedBytes = File.ReadAllBytes(verified);
        if (accept && !expectedBytes.AsSpan().SequenceEqual(png))
        {
            // Accepting keeps the committed image byte-equal to the current output, even within the tolerance.
            File.WriteAllBytes(verified, png);
            return;
        }

        var (differing, total, reason) = Compare(expectedBytes, png);
        if (reason is null && differing <= total * PixelShareTolerance)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        if (accept)
        {
            File.WriteAllBytes(verified, png);
            return;
        }

        File.WriteAllBytes(received, png);
        Assert.Fail(reason ?? $"Snapshot {name}: {differing} of {total} pixels differ (tolerance {PixelShareTolerance:P1}). See {received}; set HAAN_ACCEPT=1 to accept.");
    }

    /// <summary>Number of pixels differing by more than <see cref="ChannelTolerance"/> in any channel.</summary>
    public static (int Differing, int Total, string? Reason) Compare(byte[] expectedPng, byte[] actualPng)
    {
        using var expected = SKBitmap.Decode(expectedPng);
        using var actual = SKBitmap.Decode(actualPng);
        if (expected.Width != actual.Width || expected.Height != actual.Height)
        {
            return (0, 0, $"Size differs: expected {expected.Width}×{expected.Height}, got {actual.Width}×{actual.Height}.");
        }

        var differing = 0;
        var a = expected.Pixels;
        var b = actual.Pixels;
        for (var i = 0; i < a.Length; i++)
        {
            if (Math.Abs(a[i].Red - b[i].Red) > ChannelTolerance || Math.Abs(a[i].Green - b[i].Green) > ChannelTolerance ||
                Math.Abs(a[i].Blue - b[i].Blue) > ChannelTolerance || Math.Abs(a[i].Alpha - b[i].Alpha) > ChannelTolerance)
            {
                differing++;
            }
        }

        return (differing, expected.Width * expected.Height, null);
    }
}
