using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>
/// Records vector figures (canvas callbacks such as ScottPlot charts and maps) into Skia pictures on a background
/// thread while the page loop goes on: the locating pass registers every figure with its size, in document order; the
/// drawing pass plays the pictures back. At most <see cref="Lookahead"/> pictures wait to be played, so memory stays
/// bounded for long documents. A picture is the same whichever thread recorded it, so the output stays byte-identical.
/// </summary>
internal sealed class FigureRecorder : IDisposable
{
    private const int Lookahead = 24;

    private readonly Lock sync = new();
    private readonly List<Item> items = [];
    private readonly Dictionary<object, Item> byKey = new(ReferenceEqualityComparer.Instance);
    private readonly SemaphoreSlim window = new(Lookahead);
    private readonly SemaphoreSlim queued = new(0);
    private readonly CancellationTokenSource stop = new();
    private Task? worker;
    private int released;

    /// <summary>Registers a figure for recording (once per key; in document order).</summary>
    public void Start(object key, SKSize size, Action<SKCanvas, SKSize> draw)
    {
        lock (sync)
        {
            if (byKey.ContainsKey(key))
            {
                return;
            }

            var item = new Item(key, size, draw, items.Count);
            items.Add(item);
            byKey.Add(key, item);
        }

        worker ??= Task.Run(Work);
        queued.Release();
    }

    /// <summary>
    /// Draws a figure with <paramref name="use"/>: its recorded picture when one of the same size exists, otherwise the
    /// callback itself. Figures registered before it that were not drawn are released.
    /// </summary>
    public void Play(object key, SKSize size, Action<SKCanvas, SKSize> draw, Action<Action<SKCanvas, SKSize>> use)
    {
        Item? item;
        lock (sync)
        {
            byKey.TryGetValue(key, out item);
            var upTo = item?.Index ?? -1;
            for (var i = released; i < upTo; i++)
            {
                Release(items[i]);
            }

            released = Math.Max(released, upTo);
        }

        if (item is null || item.Size != size)
        {
            if (item is not null)
            {
                lock (sync)
                {
                    Release(item);
                }
            }

            use(draw);
            return;
        }

        var picture = item.Picture.Task.GetAwaiter().GetResult();
        try
        {
            use((canvas, _) => canvas.DrawPicture(picture));
        }
        finally
        {
            lock (sync)
            {
                Release(item);
                released = Math.Max(released, item.Index + 1);
            }
        }
    }

    private void Work()
    {
        var next = 0;
        while (true)
        {
            queued.Wait(stop.Token);
            Item item;
            lock (sync)
            {
                item = items[next++];
                if (item.Released)
                {
                    continue;
                }
            }

            window.Wait(stop.Token);
            lock (sync)
            {
                if (item.Released)
                {
                    window.Release();
                    continue;
                }

                item.HoldsSlot = true;
            }

            try
            {
                using var recorder = new SKPictureRecorder();
                var canvas = recorder.BeginRecording(new SKRect(0, 0, item.Size.Width, item.Size.Height));
                item.Draw(canvas, item.Size);
                item.Picture.SetResult(recorder.EndRecording());
            }
            catch (Exception e)
            {
                item.Picture.SetException(e);
            }

            lock (sync)
            {
                if (item.Released)
                {
                    FreeSlot(item);
                }
            }
        }
    }

    /// <summary>Marks an item as no longer needed; frees its picture and slot once it is recorded. Caller holds the lock.</summary>
    private void Release(Item item)
    {
        if (item.Released)
        {
            return;
        }

        item.Released = true;
        if (item.Picture.Task.IsCompleted)
        {
            FreeSlot(item);
        }
    }

    private void FreeSlot(Item item)
    {
        if (item.Picture.Task.IsCompletedSuccessfully)
        {
            item.Picture.Task.Result.Dispose();
        }

        if (item.HoldsSlot)
        {
            item.HoldsSlot = false;
            window.Release();
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        try
        {
            worker?.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // The worker ends by cancellation.
        }

        lock (sync)
        {
            foreach (var item in items)
            {
                Release(item);
            }
        }

        stop.Dispose();
        window.Dispose();
        queued.Dispose();
    }

    private sealed class Item(object key, SKSize size, Action<SKCanvas, SKSize> draw, int index)
    {
        public object Key { get; } = key;

        public SKSize Size { get; } = size;

        public Action<SKCanvas, SKSize> Draw { get; } = draw;

        public int Index { get; } = index;

        public TaskCompletionSource<SKPicture> Picture { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Released { get; set; }

        public bool HoldsSlot { get; set; }
    }
}
