using Marsad.Entities;

namespace Marsad.Pipeline;

/// <summary>
/// Starts loading the shipped NER model on a pool thread. The "ner" stage otherwise loads it lazily on the first
/// article, after the store has opened and the other stages are built, while the second analysis thread waits for it:
/// started first, the load overlaps that serial start instead of following it.
/// </summary>
public static class ModelPreloader
{
    /// <summary>Starts the load when a pipeline of <paramref name="stages"/> (null: all) tags names; returns at once.</summary>
    public static void Start(string? stages)
    {
        if (!PipelineBuilder.TagsNames(stages))
        {
            return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(static _ => Load(), null);
    }

    private static void Load()
    {
        try
        {
            _ = NerTagger.Default;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The model's lazy keeps the failure: the stage reports it on its first article, as without a preload.
        }
    }
}
