using Lucene.Net.Analysis;
using Marsad.Model;
using Marsad.Search;

namespace Marsad.Corpus;

/// <summary>
/// Groups articles into stories incrementally, in arrival order: an article joins the most similar story active
/// within <see cref="StoryOptions.WindowDays"/> of its date, or starts a new one. Similarity = cosine of TF-IDF
/// vectors (headline weighted, plus the lead) against the story centroid, plus a bonus for shared linked entities,
/// decayed by the gap in days. The state is persisted per batch, so a resumed ingest continues exactly.
/// </summary>
public sealed class StoryClusterer
{
    private readonly Analyzer analyzer;
    private readonly StoryOptions options;
    private readonly Dictionary<string, int> documentFrequency;
    private readonly Dictionary<long, StoryState> stories = [];
    private readonly Dictionary<long, double> norms = [];
    private readonly Dictionary<string, List<long>> postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> dfDelta = new(StringComparer.Ordinal);
    private readonly HashSet<StoryState> dirty = [];
    private int documentCount;
    private int documentDelta;
    private long nextId = 1;

    public StoryClusterer(Analyzer analyzer, StoryOptions? options = null, IEnumerable<StoryState>? state = null, Dictionary<string, int>? documentFrequency = null, int documentCount = 0)
    {
        this.analyzer = analyzer;
        this.options = options ?? StoryOptions.Default;
        this.documentFrequency = documentFrequency ?? new(StringComparer.Ordinal);
        this.documentCount = documentCount;
        foreach (var story in state ?? [])
        {
            Track(story);
            nextId = Math.Max(nextId, story.Id + 1);
        }
    }

    /// <summary>Stories changed since <see cref="TakeChanges"/> was last called.</summary>
    public (IReadOnlyCollection<StoryState> Stories, IReadOnlyDictionary<string, int> DocumentFrequencyDeltas, int DocumentCountDelta) TakeChanges()
    {
        var result = ((IReadOnlyCollection<StoryState>)dirty.ToList(), (IReadOnlyDictionary<string, int>)new Dictionary<string, int>(dfDelta), documentDelta);
        dirty.Clear();
        dfDelta.Clear();
        documentDelta = 0;
        return result;
    }

    /// <summary>Places a new (non-duplicate) article and returns its story id.</summary>
    public long Assign(AnalyzedArticle article)
    {
        var vector = Vector(article);
        var entities = EntityIds(article);
        var date = article.Published;
        StoryState? best = null;
        var bestScore = options.Threshold;
        if (date is not null && vector.Count > 0)
        {
            foreach (var story in Candidates(vector, date.Value))
            {
                var score = Score(vector, entities, date.Value, story);
                if (score > bestScore || (score == bestScore && best is not null && story.Id < best.Id))
                {
                    best = story;
                    bestScore = score;
                }
            }
        }

        var target = best ?? NewStory(article);
        Join(target, article, vector, entities);
        return target.Id;
    }

    /// <summary>Records a duplicate's date on the story of its original.</summary>
    public void AddDuplicate(long storyId, DateOnly? date)
    {
        if (stories.TryGetValue(storyId, out var story))
        {
            Extend(story, date);
            dirty.Add(story);
        }
    }

    /// <summary>The similarity the clusterer uses, for an article against a story.</summary>
    internal double Score(Dictionary<string, double> vector, HashSet<string> entities, DateOnly date, StoryState story)
    {
        var norm = norms.GetValueOrDefault(story.Id);
        if (norm <= 0)
        {
            return 0;
        }

        var dot = 0.0;
        foreach (var (term, weight) in vector)
        {
            if (story.Centroid.TryGetValue(term, out var c))
            {
                dot += weight * c;
            }
        }

        var cosine = dot / norm;
        var shared = entities.Count(e => story.Entities.ContainsKey(e));
        var bonus = options.EntityBonus * Math.Min(shared, options.EntityCap) / options.EntityCap;
        var gap = Gap(story, date);
        return (cosine + bonus) * Math.Exp(-gap / options.DecayDays);
    }

    /// <summary>The TF-IDF vector (unit length) of an article's headline and lead. Updates document frequencies.</summary>
    internal Dictionary<string, double> Vector(AnalyzedArticle article)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in SearchAnalyzers.Terms(analyzer, article.Headline ?? "", SearchFields.Headline))
        {
            counts[term] = counts.GetValueOrDefault(term) + options.HeadlineWeight;
        }

        foreach (var term in SearchAnalyzers.Terms(analyzer, Lead(article, options.LeadChars), SearchFields.Body))
        {
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }

        documentCount++;
        documentDelta++;
        foreach (var term in counts.Keys)
        {
            documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            dfDelta[term] = dfDelta.GetValueOrDefault(term) + 1;
        }

        var vector = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        var sum = 0.0;
        foreach (var (term, tf) in counts)
        {
            var idf = Math.Log((documentCount + 1.0) / (documentFrequency[term] + 1.0)) + 1.0;
            var w = (1 + Math.Log(tf)) * idf;
            vector[term] = w;
            sum += w * w;
        }

        var length = Math.Sqrt(sum);
        foreach (var term in vector.Keys.ToList())
        {
            vector[term] /= length;
        }

        return vector;
    }

    internal static HashSet<string> EntityIds(AnalyzedArticle article) =>
        article.Entities.Where(e => e.Type != EntityType.MISC).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>The lead: the first sentences of the body up to about 400 characters.</summary>
    internal static string Lead(AnalyzedArticle article, int max = 400)
    {
        var body = article.Body;
        return body.Length <= max ? body : body[..max];
    }

    private static double Gap(StoryState story, DateOnly date)
    {
        if (story.First is not { } first || story.Last is not { } last)
        {
            return 0;
        }

        return date < first ? first.DayNumber - date.DayNumber : date > last ? date.DayNumber - last.DayNumber : 0;
    }

    private IEnumerable<StoryState> Candidates(Dictionary<string, double> vector, DateOnly date)
    {
        var seen = new HashSet<long>();
        foreach (var term in vector.Keys)
        {
            if (!postings.TryGetValue(term, out var list))
            {
                continue;
            }

            // Newest stories last: walk back while they can still be in the window.
            for (var i = list.Count - 1; i >= 0; i--)
            {
                var story = stories[list[i]];
                if (Gap(story, date) <= options.WindowDays && seen.Add(story.Id))
                {
                    yield return story;
                }
            }
        }
    }

    private StoryState NewStory(AnalyzedArticle article)
    {
        var story = new StoryState { Id = nextId++, Title = article.Headline ?? FirstLine(article.Body) };
        stories[story.Id] = story;
        return story;
    }

    private void Join(StoryState story, AnalyzedArticle article, Dictionary<string, double> vector, HashSet<string> entities)
    {
        foreach (var (term, weight) in vector)
        {
            if (!story.Centroid.ContainsKey(term))
            {
                story.Centroid[term] = 0;
                AddPosting(term, story.Id);
            }

            story.Centroid[term] += weight;
        }

        foreach (var e in entities)
        {
            story.Entities[e] = story.Entities.GetValueOrDefault(e) + 1;
        }

        story.Size++;
        Extend(story, article.Published);
        norms[story.Id] = Norm(story.Centroid);
        dirty.Add(story);
    }

    private void Track(StoryState story)
    {
        stories[story.Id] = story;
        norms[story.Id] = Norm(story.Centroid);
        foreach (var term in story.Centroid.Keys)
        {
            AddPosting(term, story.Id);
        }
    }

    private void AddPosting(string term, long storyId)
    {
        if (!postings.TryGetValue(term, out var list))
        {
            postings[term] = list = [];
        }

        list.Add(storyId);
    }

    private static void Extend(StoryState story, DateOnly? date)
    {
        if (date is not { } d)
        {
            return;
        }

        story.First = story.First is { } f && f <= d ? f : d;
        story.Last = story.Last is { } l && l >= d ? l : d;
    }

    private static double Norm(Dictionary<string, double> centroid)
    {
        var sum = 0.0;
        foreach (var w in centroid.Values)
        {
            sum += w * w;
        }

        return Math.Sqrt(sum);
    }

    private static string FirstLine(string body)
    {
        var line = body.Split('\n', 2)[0].Trim();
        return line.Length > 120 ? line[..120] + "…" : line;
    }
}
