namespace Marsad.Corpus;

/// <summary>
/// The second stage of placement: once an article has joined (or started) a story, that story is compared as a whole
/// with the other candidate stories of the article, and merged with those whose centroids are close. Outlets word one
/// event differently, so its first reports can start several stories; as they grow, their centroids come to share the
/// event's vocabulary while any one report still scores under the join threshold. The newer story merges into the
/// older, so a story keeps its id.
/// </summary>
public sealed partial class StoryClusterer
{
    // Merged-away story → the story it went into (this run; the store moves the members of a merged story).
    private readonly Dictionary<long, long> mergedInto = [];

    /// <summary>The story a story id now stands for: itself, or the story it was merged into.</summary>
    public long Resolve(long id)
    {
        while (mergedInto.TryGetValue(id, out var next))
        {
            id = next;
        }

        return id;
    }

    /// <summary>
    /// Merges <paramref name="target"/> with every candidate story of the article just placed (<see cref="dots"/>)
    /// whose centroid cosine with it reaches <see cref="StoryOptions.MergeThreshold"/> (small stories) or
    /// <see cref="StoryOptions.CoreMergeThreshold"/> (a stray report naming the core subject of a larger story);
    /// returns the story that holds the article afterwards.
    /// </summary>
    private StoryState MergeNeighbours(StoryState target)
    {
        var targetNorm = norms.GetValueOrDefault(target.Id);
        // A story at the size cap can merge with nothing (every other story holds an article), unless it has a core.
        var coreMerges = options.CoreMergeThreshold > 0;
        if (targetNorm <= 0 || target.Size < options.MergeMinSize || (target.Size >= options.MergeMaxSize && !coreMerges))
        {
            return target;
        }

        List<StoryState>? merges = null;
        foreach (var (story, partial) in dots)
        {
            if (ReferenceEquals(story, target) || story.MergedInto is not null)
            {
                continue;
            }

            // Only stories the article itself came near and that may merge at all: the centroid product is the costly part.
            var norm = norms.GetValueOrDefault(story.Id);
            if (norm <= 0 || partial.Dot / norm < options.MergeCandidateFloor)
            {
                continue;
            }

            var required = RequiredMergeCosine(story, target);
            if (!double.IsPositiveInfinity(required) && CentroidDot(story.Centroid, target.Centroid) / (norm * targetNorm) >= required)
            {
                (merges ??= []).Add(story);
            }
        }

        if (merges is null)
        {
            return target;
        }

        merges.Sort((a, b) => a.Id.CompareTo(b.Id));
        foreach (var other in merges)
        {
            // The cap holds for the grown story too.
            if (other.Size + target.Size <= options.MergeMaxSize || Within(other, target))
            {
                target = other.Id < target.Id ? Merge(other, target) : Merge(target, other);
            }
        }

        return target;
    }

    /// <summary>
    /// Merges into a large affair the small stories (<see cref="StoryOptions.BridgeMaxSmall"/>) the article could have
    /// joined as well: an article that clears both the lowered threshold of a large story (it names the affair's setting
    /// early) and the threshold of a small one is a report of the affair, and so is the small story when it is about the
    /// affair's subject (<see cref="StoryCoreEntities.SharesSubject"/>): a piece its outlets worded apart, such as an
    /// official's dismissal over a missing journalist told by two outlets. Returns the story that holds the article
    /// afterwards.
    /// </summary>
    private StoryState BridgeAffairPieces(StoryState target, DateOnly date)
    {
        StoryState? affair = null;
        foreach (var (story, large) in qualified)
        {
            if (large && story.MergedInto is null && (affair is null || story.Size > affair.Size))
            {
                affair = story;
            }
        }

        if (affair is null)
        {
            return target;
        }

        foreach (var (story, _) in qualified)
        {
            if (ReferenceEquals(story, affair) || story.MergedInto is not null || story.Size > options.BridgeMaxSmall
                || !StoryCoreEntities.SharesSubject(story, affair, date, options))
            {
                continue;
            }

            var piece = story;

            var kept = piece.Id < affair.Id ? Merge(piece, affair) : Merge(affair, piece);
            if (ReferenceEquals(target, piece) || ReferenceEquals(target, affair))
            {
                target = kept;
            }

            affair = kept;
        }

        return target;
    }

    /// <summary>
    /// The centroid cosine two stories need to merge: <see cref="StoryOptions.MergeThreshold"/> while they hold
    /// <see cref="StoryOptions.MergeMaxSize"/> members together; beyond, <see cref="StoryOptions.CoreMergeThreshold"/>
    /// if they share a core entity, else none (infinity). (The lower core threshold below the cap too merged two threads
    /// of the North Korean summit on 2018-04-18: 0.979 → 0.949.)
    /// </summary>
    private double RequiredMergeCosine(StoryState a, StoryState b) =>
        a.Size + b.Size <= options.MergeMaxSize ? options.MergeThreshold
        : options.CoreMergeThreshold > 0 && StoryCoreEntities.ShareCore(a, b, options) ? options.CoreMergeThreshold
        : double.PositiveInfinity;

    /// <summary>Whether two stories beyond the size cap still qualify for a merge (rechecked as the target grows).</summary>
    private bool Within(StoryState a, StoryState b)
    {
        var required = RequiredMergeCosine(a, b);
        if (double.IsPositiveInfinity(required))
        {
            return false;
        }

        var na = norms.GetValueOrDefault(a.Id);
        var nb = norms.GetValueOrDefault(b.Id);
        return na > 0 && nb > 0 && CentroidDot(a.Centroid, b.Centroid) / (na * nb) >= required;
    }

    /// <summary>Moves <paramref name="gone"/>'s members into <paramref name="keep"/>; returns <paramref name="keep"/>.</summary>
    private StoryState Merge(StoryState keep, StoryState gone)
    {
        var newTerms = new List<string>();
        foreach (var (term, weight) in gone.Centroid)
        {
            if (!keep.Centroid.TryGetValue(term, out var current))
            {
                newTerms.Add(term);
            }

            keep.Centroid[term] = current + weight;
        }

        foreach (var (entity, count) in gone.Entities)
        {
            keep.Entities[entity] = keep.Entities.GetValueOrDefault(entity) + count;
        }

        foreach (var (day, count) in gone.MemberDays)
        {
            keep.MemberDays[day] = keep.MemberDays.GetValueOrDefault(day) + count;
        }

        keep.Size += gone.Size;
        Extend(keep, gone.First);
        Extend(keep, gone.Last);
        Register(keep, newTerms);
        norms[keep.Id] = Norm(keep.Centroid);
        dirty.Add(keep);

        // The merged-away story stays in the postings it was listed in (skipped there) but holds nothing any more.
        gone.MergedInto = keep.Id;
        gone.Centroid.Clear();
        gone.Entities.Clear();
        gone.MemberDays.Clear();
        gone.Size = 0;
        mergedInto[gone.Id] = keep.Id;
        stories.Remove(gone.Id);
        norms.Remove(gone.Id);
        registeredBuckets.Remove(gone.Id);
        dirty.Add(gone);
        return keep;
    }

    /// <summary>The dot product of two centroids, walking the smaller.</summary>
    private static double CentroidDot(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var other))
            {
                dot += weight * other;
            }
        }

        return dot;
    }
}
