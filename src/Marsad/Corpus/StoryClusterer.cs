using System.Runtime.InteropServices;
using Lucene.Net.Analysis;
using Marsad.Model;
using Marsad.Search;

namespace Marsad.Corpus;

/// <summary>
/// Groups articles into stories incrementally, in arrival order: an article joins the most similar story active
/// within <see cref="StoryOptions.WindowDays"/> of its date, or starts a new one. Similarity = cosine of TF-IDF
/// vectors (headline weighted, the lead, linked entities and quoted speakers; outlet style left out) against the story
/// centroid — for a short article the share of its own vector the story holds, when larger — decayed by the gap in
/// days. The state is persisted per batch, so a resumed ingest continues exactly.
/// </summary>
public sealed partial class StoryClusterer
{
    private readonly Analyzer analyzer;
    private readonly StoryOptions options;
    private readonly Dictionary<string, int> documentFrequency;
    private readonly Dictionary<long, StoryState> stories = [];
    private readonly Dictionary<long, double> norms = [];
    // Term → stories holding it, split by time bucket, so a lookup walks only the stories near the article's date
    // instead of every story that ever used a common word (which made ingest quadratic in the corpus size).
    private readonly Dictionary<(string Term, int Bucket), List<StoryState>> postings = [];
    private readonly Dictionary<long, HashSet<int>> registeredBuckets = [];

    // Scratch of Assign: story → (dot product with its centroid, coverage of the article's vector), reused across articles.
    private readonly Dictionary<StoryState, (double Dot, double Coverage)> dots = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> dfDelta = new(StringComparer.Ordinal);
    private readonly HashSet<StoryState> dirty = [];
    // Scratch of Assign: the stories whose join threshold the article cleared, and whether it was the large-story one.
    private readonly List<(StoryState Story, bool Large)> qualified = [];
    private const int UndatedBucket = int.MinValue;

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

    /// <summary>Diagnostics (error analysis in tests): called with every candidate story's full score before an article is placed.</summary>
    internal Action<AnalyzedArticle, IReadOnlyList<(long Story, double Score)>>? Trace { get; set; }

    /// <summary>Stories changed since <see cref="TakeChanges"/> was last called.</summary>
    public (IReadOnlyCollection<StoryState> Stories, IReadOnlyDictionary<string, int> DocumentFrequencyDeltas, int DocumentCountDelta) TakeChanges()
    {
        // A story merged into one that was merged on in the same batch points at the end of the chain: the store applies
        // the merges of a batch in any order, and a member moved to a story dropped just before would be left orphaned.
        foreach (var story in dirty)
        {
            if (story.MergedInto is { } into)
            {
                story.MergedInto = Resolve(into);
            }
        }

        var result = ((IReadOnlyCollection<StoryState>)dirty.ToList(), (IReadOnlyDictionary<string, int>)new Dictionary<string, int>(dfDelta), documentDelta);
        dirty.Clear();
        dfDelta.Clear();
        documentDelta = 0;
        return result;
    }

    /// <summary>Places a new (non-duplicate) article and returns its story id.</summary>
    public long Assign(AnalyzedArticle article) => Assign(article, TermCounts(article));

    /// <summary>Places a new article whose <see cref="TermCounts(AnalyzedArticle)"/> were computed beforehand (on another thread).</summary>
    public long Assign(AnalyzedArticle article, Dictionary<string, double> termCounts)
    {
        ArgumentNullException.ThrowIfNull(termCounts);
        var vector = Weigh(termCounts);
        var entities = EntityIds(article);
        var leadEntities = StoryCoreEntities.Lead(article, options);
        var leadSetting = StoryCoreEntities.LeadSetting(article, options);
        if (options.CitiesStandForCountry)
        {
            // The article is set in the country of a city it names early (the setting the large-story guard looks for),
            // and counts for that country in the story when it names no other (a visit abroad is not set in the host).
            StoryPlaces.AddCountries(leadSetting);
            StoryPlaces.AddCountryOfCities(entities);
        }

        var rare = RareTerms(vector);
        var date = article.Published;
        StoryState? best = null;
        // The lower of the two thresholds bounds the search; each story is then held to its own (JoinThreshold).
        var lowestThreshold = Math.Min(options.Threshold, options.LargeStoryThreshold ?? options.Threshold);
        var bestScore = lowestThreshold;
        qualified.Clear();
        if (date is not null && vector.Count > 0)
        {
            AccumulateDots(vector, date.Value);
            var coverageWeight = article.Body.Length < options.CoverageMaxChars ? options.CoverageWeight : options.LongCoverageWeight;
            Trace?.Invoke(article, [.. dots.Select(d => (d.Key.Id, Score(d.Value.Dot, coverageWeight * d.Value.Coverage, entities, date.Value, d.Key, leadEntities, leadSetting, rare)))]);
            foreach (var (story, partial) in dots)
            {
                // Most candidates share a common word or two: skip them before the entity count and the decay,
                // which can only lower the score from this bound (kept a hair loose against rounding).
                var norm = norms.GetValueOrDefault(story.Id);
                var coverage = coverageWeight * partial.Coverage;
                // Bridging needs every story the article qualifies for, not only those that could beat the best.
                var bound = options.BridgeMaxSmall > 0 ? lowestThreshold : bestScore;
                if (norm <= 0 || Math.Max(partial.Dot / norm, coverage) + ((options.EntityBonus + options.CoreEntityBonus + options.SharedCoreBonus + options.RareTermBonus) * 1.000001) + 1e-9 < bound)
                {
                    continue;
                }

                var score = Score(partial.Dot, coverage, entities, date.Value, story, leadEntities, leadSetting, rare);
                var joinThreshold = JoinThreshold(story, date.Value, leadSetting);
                if (score <= joinThreshold)
                {
                    continue;
                }

                if (options.BridgeMaxSmall > 0)
                {
                    qualified.Add((story, joinThreshold < options.Threshold));
                }

                if (score > bestScore || (score == bestScore && best is not null && story.Id < best.Id))
                {
                    best = story;
                    bestScore = score;
                }
            }
        }

        var target = best ?? NewStory(article);
        Join(target, article, vector, entities);
        if (qualified.Count > 1 && date is not null)
        {
            target = BridgeAffairPieces(target, date.Value);
        }

        if (options.MergeThreshold > 0 && date is not null)
        {
            target = MergeNeighbours(target);
        }

        return target.Id;
    }

    /// <summary>
    /// The score an article of <paramref name="date"/> naming <paramref name="leadSetting"/> early needs to join
    /// <paramref name="story"/>: lower for a story large lately whose setting the article names.
    /// </summary>
    private double JoinThreshold(StoryState story, DateOnly date, List<string> leadSetting) =>
        options.LargeStoryThreshold is { } large
        && story.Size >= options.LargeStorySize
        && RecentMembers(story, date) >= options.LargeStorySize
        && (options.LargeStorySharedCore <= 0
            || StoryCoreEntities.SharedCoreCount(leadSetting, story, options, skipOfficeHolders: true) >= options.LargeStorySharedCore
            || (options.LargeStoryHomeLeaders && StoryCoreEntities.HomeLeaderCount(leadSetting, story, date, options) >= options.LargeStorySharedCore))
            ? large
            : options.Threshold;

    /// <summary>
    /// The story's members published less than <see cref="StoryOptions.LargeStoryWindowDays"/> days from
    /// <paramref name="date"/> (all of them when the option is off).
    /// </summary>
    private int RecentMembers(StoryState story, DateOnly date)
    {
        if (options.LargeStoryWindowDays is not { } window)
        {
            return story.Size;
        }

        var recent = 0;
        foreach (var (day, count) in story.MemberDays)
        {
            if (Math.Abs(day - date.DayNumber) < window)
            {
                recent += count;
            }
        }

        return recent;
    }

    /// <summary>Records a duplicate's date on the story of its original.</summary>
    public void AddDuplicate(long storyId, DateOnly? date)
    {
        if (stories.TryGetValue(storyId, out var story))
        {
            Extend(story, date);
            Register(story, []);
            dirty.Add(story);
        }
    }

    /// <summary>The similarity the clusterer uses, for an article against a story.</summary>
    internal double Score(Dictionary<string, double> vector, HashSet<string> entities, DateOnly date, StoryState story, bool shortArticle = false)
    {
        var (dot, coverage) = DotAndCoverage(vector, story);
        return Score(dot, (shortArticle ? options.CoverageWeight : options.LongCoverageWeight) * coverage, entities, date, story);
    }

    /// <summary>
    /// The score from the dot product of the article's vector with the story's centroid and the weighted coverage
    /// (the share of the article's vector the story holds, weighted by the article's length class).
    /// </summary>
    private double Score(double dot, double coverage, HashSet<string> entities, DateOnly date, StoryState story, List<string>? leadEntities = null, List<string>? leadSetting = null, List<string>? rare = null)
    {
        var norm = norms.GetValueOrDefault(story.Id);
        if (norm <= 0)
        {
            return 0;
        }

        // A short report (a video caption, a news flash) has few words: even when all of them are the story's, its
        // cosine with a story told at length stays low. Coverage — how much of the article's own vector the story
        // holds — does not fall with the story's breadth.
        var cosine = Math.Max(dot / norm, coverage);
        var bonus = options.EntityBonus > 0 ? options.EntityBonus * Math.Min(SharedEntities(entities, story), options.EntityCap) / options.EntityCap : 0;
        if (options.CoreEntityBonus > 0 && leadEntities is not null && StoryCoreEntities.SharesCore(leadEntities, story, options))
        {
            bonus += options.CoreEntityBonus;
        }

        if (options.SharedCoreBonus > 0 && leadSetting is not null && StoryCoreEntities.SharedCoreCount(leadSetting, story, options) >= options.SharedCoreMinEntities)
        {
            bonus += options.SharedCoreBonus;
        }

        if (options.RareTermBonus > 0 && options.RareTermCap > 0 && rare is { Count: > 0 })
        {
            var shared = 0;
            foreach (var term in rare)
            {
                if (story.Centroid.ContainsKey(term))
                {
                    shared++;
                }
            }

            bonus += options.RareTermBonus * Math.Min(shared, options.RareTermCap) / options.RareTermCap;
        }

        var gap = Gap(story, date);
        return (cosine + bonus) * Math.Exp(-gap / options.DecayDays);
    }

    /// <summary>
    /// The article's terms that few articles use (document frequency, this one counted, from two to
    /// <see cref="StoryOptions.RareTermMaxDocuments"/>): a story holding them has met the article's own specific words,
    /// which the cosine weighs only by their share of both vectors.
    /// </summary>
    private List<string>? RareTerms(Dictionary<string, double> vector)
    {
        if (options.RareTermBonus <= 0)
        {
            return null;
        }

        var max = options.RareTermMaxDocuments;
        List<string>? rare = null;
        foreach (var term in vector.Keys)
        {
            var df = documentFrequency.GetValueOrDefault(term);
            if (df >= 2 && df <= max && IsRareCandidate(term))
            {
                (rare ??= []).Add(term);
            }
        }

        return rare;
    }

    /// <summary>Whether a term may count as rare: the precision guards of <see cref="StoryOptions.RareTermSkipsNumbers"/> and <see cref="StoryOptions.RareTermMinLength"/> (entity terms always may).</summary>
    private bool IsRareCandidate(string term)
    {
        if (term.StartsWith(StoryEntityTerms.Prefix, StringComparison.Ordinal))
        {
            return true;
        }

        if (term.Length < options.RareTermMinLength)
        {
            return false;
        }

        if (options.RareTermSkipsNumbers)
        {
            foreach (var c in term)
            {
                if (char.IsDigit(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static int SharedEntities(HashSet<string> entities, StoryState story)
    {
        var shared = 0;
        foreach (var e in entities)
        {
            if (story.Entities.ContainsKey(e))
            {
                shared++;
            }
        }

        return shared;
    }

    /// <summary>The TF-IDF vector (unit length) of an article's headline and lead. Updates document frequencies.</summary>
    internal Dictionary<string, double> Vector(AnalyzedArticle article) => Weigh(TermCounts(article));

    /// <summary>
    /// Weighted term counts of the headline and lead. Needs no clustering state, so ingest computes them on the
    /// analysis threads; thread-safe.
    /// </summary>
    public Dictionary<string, double> TermCounts(AnalyzedArticle article) => TermCounts(analyzer, options, article);

    /// <inheritdoc cref="TermCounts(AnalyzedArticle)"/>
    public static Dictionary<string, double> TermCounts(Analyzer analyzer, StoryOptions options, AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(article);
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        var stopWords = options.SkipOutletStyle ? StoryStopWords.For(analyzer) : [];
        var synonyms = options.UseSynonyms ? StorySynonyms.For(analyzer) : [];
        AddTerms(counts, SearchAnalyzers.Terms(analyzer, article.Headline ?? "", SearchFields.Headline), stopWords, synonyms, options.HeadlineWeight, options.HeadlineBigramWeight);
        var leadStart = options.SkipOutletStyle ? StoryLead.DatelineEnd(article.Body) : 0;
        AddTerms(counts, SearchAnalyzers.Terms(analyzer, Lead(article, options.LeadChars, leadStart), SearchFields.Body), stopWords, synonyms, 1, options.LeadBigramWeight);

        // Linked entities as extra terms: outlets word an event differently but name the same people and places,
        // and the linker has already folded their spellings to one id. IDF keeps the ubiquitous ones weak.
        StoryEntityTerms.Add(counts, article, options, leadStart);
        return counts;
    }

    /// <summary>
    /// Counts the words of one field (outlet-style words left out, synonyms as their canonical word) at <paramref name="weight"/> each and, when
    /// <paramref name="bigramWeight"/> is positive, each pair of adjacent counted words as one term (joined by a space,
    /// which no analysed word holds).
    /// </summary>
    private static void AddTerms(Dictionary<string, double> counts, List<string> terms, HashSet<string> stopWords, Dictionary<string, string> synonyms, double weight, double bigramWeight)
    {
        string? previous = null;
        foreach (var word in terms)
        {
            if (stopWords.Contains(word))
            {
                previous = null;
                continue;
            }

            var term = synonyms.GetValueOrDefault(word, word);

            counts[term] = counts.GetValueOrDefault(term) + weight;
            if (bigramWeight > 0 && previous is not null && !string.Equals(previous, term, StringComparison.Ordinal))
            {
                var pair = string.Concat(previous, " ", term);
                counts[pair] = counts.GetValueOrDefault(pair) + bigramWeight;
            }

            previous = term;
        }
    }

    /// <summary>Turns term counts into the unit TF-IDF vector and counts the article in the document frequencies.</summary>
    private Dictionary<string, double> Weigh(Dictionary<string, double> counts)
    {
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

    /// <summary>The lead: the first <paramref name="max"/> characters of the body from <paramref name="start"/>.</summary>
    internal static string Lead(AnalyzedArticle article, int max = 400, int start = 0)
    {
        var body = article.Body;
        start = Math.Clamp(start, 0, body.Length);
        return body.Substring(start, Math.Min(Math.Max(0, max), body.Length - start));
    }

    private static double Gap(StoryState story, DateOnly date)
    {
        if (story.First is not { } first || story.Last is not { } last)
        {
            return 0;
        }

        return date < first ? first.DayNumber - date.DayNumber : date > last ? date.DayNumber - last.DayNumber : 0;
    }

    /// <summary>
    /// Fills <see cref="dots"/>: for every story within the window of the date that shares a specific term with the
    /// vector, the dot product of the vector with its centroid.
    /// </summary>
    private void AccumulateDots(Dictionary<string, double> vector, DateOnly date)
    {
        dots.Clear();
        var first = Bucket(date.DayNumber - options.WindowDays);
        var last = Bucket(date.DayNumber + options.WindowDays);

        // Candidates come from the article's specific terms only: a word most articles use lists thousands of stories
        // and walking them was most of the clustering time. A story sharing no specific term with the article scores
        // too low to be chosen anyway; the dot product of a candidate still counts every term.
        var common = Math.Max(options.CandidateMinDocuments, options.CandidateMaxDocumentShare * documentCount);
        foreach (var term in vector.Keys)
        {
            if (documentFrequency.GetValueOrDefault(term) > common)
            {
                continue;
            }

            for (var bucket = first - 1; bucket <= last; bucket++)
            {
                // first - 1 stands for the undated bucket (stories with no date are candidates at any date).
                if (!postings.TryGetValue((term, bucket < first ? UndatedBucket : bucket), out var list))
                {
                    continue;
                }

                foreach (var story in list)
                {
                    if (story.MergedInto is null && Gap(story, date) <= options.WindowDays)
                    {
                        CollectionsMarshal.GetValueRefOrAddDefault(dots, story, out _);
                    }
                }
            }
        }

        foreach (var story in dots.Keys)
        {
            dots[story] = DotAndCoverage(vector, story);
        }
    }

    /// <summary>
    /// The dot product of a unit vector with a story's centroid, and its coverage: the squared weight of the vector's
    /// terms the story holds (1 when the story uses every term of the article). Adds in the vector's term order, so
    /// the sums are the same whichever way the candidate was found.
    /// </summary>
    private static (double Dot, double Coverage) DotAndCoverage(Dictionary<string, double> vector, StoryState story)
    {
        var dot = 0.0;
        var coverage = 0.0;
        foreach (var (term, weight) in vector)
        {
            if (story.Centroid.TryGetValue(term, out var c))
            {
                dot += weight * c;
                coverage += weight * weight;
            }
        }

        return (dot, coverage);
    }

    private StoryState NewStory(AnalyzedArticle article)
    {
        var story = new StoryState { Id = nextId++, Title = article.Headline ?? FirstLine(article.Body) };
        stories[story.Id] = story;
        return story;
    }

    private void Join(StoryState story, AnalyzedArticle article, Dictionary<string, double> vector, HashSet<string> entities)
    {
        var newTerms = new List<string>();
        foreach (var (term, weight) in vector)
        {
            if (!story.Centroid.ContainsKey(term))
            {
                story.Centroid[term] = 0;
                newTerms.Add(term);
            }

            story.Centroid[term] += weight;
        }

        foreach (var e in entities)
        {
            story.Entities[e] = story.Entities.GetValueOrDefault(e) + 1;
        }

        story.Size++;
        if (article.Published is { } published)
        {
            story.MemberDays[published.DayNumber] = story.MemberDays.GetValueOrDefault(published.DayNumber) + 1;
        }

        Extend(story, article.Published);
        Register(story, newTerms);
        norms[story.Id] = Norm(story.Centroid);
        dirty.Add(story);
    }

    private void Track(StoryState story)
    {
        stories[story.Id] = story;
        norms[story.Id] = Norm(story.Centroid);
        Register(story, []);
    }

    /// <summary>
    /// Keeps the postings in step with a story: every centroid term under every bucket its window reaches. Buckets
    /// are only added (a superset is harmless: candidates are checked against the exact window).
    /// </summary>
    private void Register(StoryState story, List<string> newTerms)
    {
        if (!registeredBuckets.TryGetValue(story.Id, out var buckets))
        {
            registeredBuckets[story.Id] = buckets = [];
        }

        var (first, last) = story.First is { } f && story.Last is { } l
            ? (Bucket(f.DayNumber - options.WindowDays), Bucket(l.DayNumber + options.WindowDays))
            : (UndatedBucket, UndatedBucket);
        for (var bucket = first; bucket <= last; bucket++)
        {
            var terms = buckets.Add(bucket) ? story.Centroid.Keys : (IEnumerable<string>)newTerms;
            foreach (var term in terms)
            {
                if (!postings.TryGetValue((term, bucket), out var list))
                {
                    postings[(term, bucket)] = list = [];
                }

                list.Add(story);
            }
        }
    }

    /// <summary>The time bucket of a day: as wide as the window, so a window spans at most two buckets.</summary>
    private int Bucket(int dayNumber) => dayNumber / ((2 * Math.Max(0, options.WindowDays)) + 1);

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
