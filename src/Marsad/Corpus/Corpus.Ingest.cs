using System.Collections.Immutable;
using System.Diagnostics;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Serialization;
using Marsad.Sources;

namespace Marsad.Corpus;

/// <summary>Ingest: analyse in parallel, deduplicate and cluster in order, write in batches on one writer thread.</summary>
public sealed partial class Corpus
{
    /// <summary>
    /// The most items analysed (or being analysed) ahead of the ordered part. It bounds memory when the ordered part
    /// waits for the writers, and is wide enough that one slow article does not leave the other threads idle.
    /// </summary>
    private const int AnalysisWindow = 256;

    /// <summary>Reads every document under the paths (files, folders, archives) and ingests it.</summary>
    public IngestReport Ingest(IEnumerable<string> paths, IngestOptions? options = null, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Ingest(DocumentSources.Read(paths), options, progress, cancellationToken);

    /// <summary>
    /// Analyses the items on all cores while one writer thread stores finished batches (SQLite per batch, the index
    /// committed every few thousand articles). Items already stored are skipped before analysis; bad items are
    /// reported and the run goes on. Idempotent, and an interrupted run re-run gives the store a clean run gives:
    /// results are taken in input order, so duplicates and stories do not depend on thread timing.
    /// </summary>
    public IngestReport Ingest(IEnumerable<SourceResult> items, IngestOptions? options = null, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        options ??= IngestOptions.Default;
        lock (ingestGate)
        {
            var pipeline = options.Pipeline ?? (options.Stages is null ? PipelineBuilder.CreateDefault() : PipelineBuilder.Configure(options.Stages)).Build();
            var analysisOptions = new AnalysisOptions { Published = options.Published };
            using var run = new IngestRun(this, options, progress);
            var prepared = OrderedParallel.Select(
                items,
                item => run.Prepare(item, pipeline, analysisOptions),
                options.DegreeOfParallelism ?? Environment.ProcessorCount,
                AnalysisWindow,
                cancellationToken);
            foreach (var item in prepared)
            {
                run.Take(item);
            }

            return run.Finish();
        }
    }

    /// <summary>Stores articles analysed elsewhere (the server's POST, tests): deduplicated, clustered, indexed as
    /// <see cref="Ingest(IEnumerable{SourceResult}, IngestOptions?, IProgress{IngestProgress}?, CancellationToken)"/> does.</summary>
    public IngestReport Add(IEnumerable<AnalyzedArticle> articles, IngestOptions? options = null, IProgress<IngestProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        lock (ingestGate)
        {
            using var run = new IngestRun(this, options ?? IngestOptions.Default, progress);
            foreach (var article in articles)
            {
                run.Take(run.Prepare(new AnalysisResult(article.Source.Path, article, null), ContentHash.RawKey(article.Id, article.Body)));
            }

            return run.Finish();
        }
    }

    /// <summary>The state of one ingest run.</summary>
    private sealed class IngestRun : IDisposable
    {
        private readonly Corpus corpus;
        private readonly IngestOptions options;
        private readonly IProgress<IngestProgress>? progress;
        private readonly HashSet<string> rawKeysAtStart;
        private readonly HashSet<string> keys;
        private readonly HashSet<string> ids;

        // A store other workers write too: the ordered part waits in `pending` and runs a batch at a time under the
        // store's ingest lock, on state re-read whenever the store's version moved past `knownVersion`.
        private readonly ISharedCorpusStore? shared;
        private readonly List<PreparedArticle> pending = [];
        private long knownVersion;

        // On a shared store: the stories as the store held them at `storiesVersion` (the very objects the clusterer
        // updates, written back by each batch), so a re-read fetches only the stories other workers changed since.
        private Dictionary<long, StoryState>? storedStories;
        private long storiesVersion;
        private Lazy<DuplicateDetector> duplicateState;
        private Lazy<StoryClusterer> storyState;
        private readonly IngestTimings timings = new();
        private readonly IngestWriter writer;
        private readonly ImmutableArray<IngestError>.Builder errors = ImmutableArray.CreateBuilder<IngestError>();
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private List<StoredArticle> batch = [];
        private int read;
        private int skipped;
        private int added;
        private int duplicateCount;
        private long lastReport;
        private string? lastError;

        public IngestRun(Corpus corpus, IngestOptions options, IProgress<IngestProgress>? progress)
        {
            this.corpus = corpus;
            this.options = options;
            this.progress = progress;
            shared = corpus.store as ISharedCorpusStore;

            // The version before the keys: a batch another worker writes in between only makes the first lock re-read.
            knownVersion = shared?.Version ?? 0;
            (rawKeysAtStart, keys, ids) = corpus.store.Keys();
            (duplicateState, storyState) = LazyState();
            writer = new IngestWriter(corpus.store, corpus.index, timings);
        }

        private DuplicateDetector Detector => duplicateState.Value;

        /// <summary>Duplicate and story state, loaded on the first new article: a re-ingest of stored items never pays for it.</summary>
        private (Lazy<DuplicateDetector>, Lazy<StoryClusterer>) LazyState()
        {
            var store = corpus.store;
            var detector = new Lazy<DuplicateDetector>(() =>
            {
                var detector = new DuplicateDetector();
                foreach (var (id, hash, signature, storyId) in store.LoadSignatures())
                {
                    detector.Add(id, hash, signature, storyId);
                }

                return detector;
            });
            var clusterer = new Lazy<StoryClusterer>(() =>
            {
                var (df, n) = store.LoadDocumentFrequencies();
                return new StoryClusterer(StoryAnalyzer.Value, corpus.StoryOptions, shared is null ? store.LoadStories() : SharedStories(shared), df, n);
            });
            return (detector, clusterer);
        }

        private StoryClusterer Clusterer => storyState.Value;

        /// <summary>
        /// The stored stories, under the ingest lock: all of them the first time, then the ones written since the last
        /// read (merged ones dropped), in id order as a full read gives them, so the clusterer is the one a full read builds.
        /// </summary>
        private List<StoryState> SharedStories(ISharedCorpusStore store)
        {
            var version = store.Version;
            if (storedStories is null)
            {
                storedStories = store.LoadStories().ToDictionary(s => s.Id);
            }
            else if (version != storiesVersion)
            {
                var (changed, stored) = store.StoriesSince(storiesVersion);
                storedStories.Keys.Where(id => !stored.Contains(id)).ToList().ForEach(id => storedStories.Remove(id));
                foreach (var story in changed)
                {
                    storedStories[story.Id] = story;
                }
            }

            storiesVersion = version;
            return [.. storedStories.Values.OrderBy(s => s.Id)];
        }

        /// <summary>
        /// The parallel part, on the analysis threads: skips an item stored by an earlier run (same id and raw text)
        /// before analysing it, else analyses it and computes everything that needs no shared state.
        /// </summary>
        public PreparedArticle Prepare(SourceResult item, AnalysisPipeline pipeline, AnalysisOptions analysisOptions)
        {
            var raw = item.Document is { } doc ? ContentHash.RawKey(doc.Id, doc.Text) : "";
            if (raw.Length > 0 && rawKeysAtStart.Contains(raw))
            {
                return new PreparedArticle(null, raw);
            }

            var start = Stopwatch.GetTimestamp();
            var result = BatchAnalysis.AnalyzeOne(pipeline, item, analysisOptions);
            timings.Add("analyse (threads)", start);
            return Prepare(result, raw);
        }

        /// <summary>Hashes, shingles, story terms, the JSON record and store rows of an analysed item; thread-safe.</summary>
        public PreparedArticle Prepare(AnalysisResult result, string raw)
        {
            if (result.Article is not { } article)
            {
                return new PreparedArticle(result, raw);
            }

            var start = Stopwatch.GetTimestamp();
            var (bodyHash, signature) = BodyFingerprint.Of(article.Body);

            // The tokens and the tagger's raw mentions are working data, not in the record; dropping them here keeps
            // the thousands of articles waiting for their batch smaller (less to copy per collection, lower peak RSS).
            var kept = result with { Article = article with { Tokens = [], Mentions = [] } };
            var prepared = new PreparedArticle(kept, raw.Length > 0 ? raw : ContentHash.RawKey(article.Id, article.Body))
            {
                Key = ContentHash.ArticleKey(article.Id, article.Body),
                BodyHash = bodyHash,
                Signature = signature,
                TermCounts = StoryClusterer.TermCounts(StoryAnalyzer.Value, corpus.StoryOptions, article),
                Rows = ArticleRows.Create(article),
                Text = Marsad.Search.AnalyzedArticleText.Create(corpus.index.Analyzer, article),
            };
            timings.Add("prepare (threads)", start);
            return prepared;
        }

        /// <summary>The ordered part: idempotency, duplicates, stories, batching.</summary>
        public void Take(PreparedArticle prepared)
        {
            read++;
            if (prepared.Result is not { } result)
            {
                skipped++;
                Report();
                return;
            }

            if (result.Article is null)
            {
                Error(result.Path, result.Error ?? "unreadable");
                return;
            }

            if (shared is not null)
            {
                pending.Add(prepared);
                if (pending.Count >= Math.Max(1, options.BatchSize))
                {
                    Flush();
                }

                Report();
                return;
            }

            Place(prepared);
            if (batch.Count >= Math.Max(1, options.BatchSize))
            {
                Flush();
            }

            Report();
        }

        /// <summary>Idempotency, duplicates and story of one analysed article, in input order; adds it to the batch.</summary>
        private void Place(PreparedArticle prepared)
        {
            var article = prepared.Result!.Value.Article!;
            var start = Stopwatch.GetTimestamp();
            var key = prepared.Key;
            if (!keys.Add(key))
            {
                skipped++;
                return;
            }

            var rows = prepared.Rows;
            if (!ids.Add(corpus.store.IdKey(article.Id)))
            {
                // Another article with this id is stored: keep both, the newcomer under a qualified id.
                article = article with { Id = article.Id + "~" + key[..8] };
                ids.Add(corpus.store.IdKey(article.Id));
                rows = null;
            }

            var original = Detector.Find(prepared.BodyHash, prepared.Signature);
            long storyId;
            if (original is not null)
            {
                storyId = Clusterer.Resolve(original.StoryId);
                Clusterer.AddDuplicate(storyId, article.Published);
                duplicateCount++;
            }
            else
            {
                storyId = Clusterer.Assign(article, prepared.TermCounts);
                Detector.Add(article.Id, prepared.BodyHash, prepared.Signature, storyId);
            }

            batch.Add(new StoredArticle(article, prepared.RawKey, key, prepared.BodyHash, storyId, original?.Id, prepared.Signature) { Rows = rows, Text = prepared.Text });
            added++;
            timings.Add("duplicates + stories", start);
        }

        public IngestReport Finish()
        {
            Flush();
            writer.Complete();
            Report(force: true);
            return new IngestReport(read, added, skipped, duplicateCount, errors.ToImmutable(), clock.Elapsed, corpus.store.Count)
            {
                Steps = timings.Snapshot(),
            };
        }

        /// <summary>Waits for what was handed to the writer (an interrupted run still stores its finished batches).</summary>
        public void Dispose() => writer.Dispose();

        private void Error(string path, string reason)
        {
            errors.Add(new IngestError(path, reason));
            lastError = $"{path}: {reason}";
            Report(force: true);
        }

        /// <summary>Hands the batch to the writer with a snapshot of the stories it changed.</summary>
        private void Flush()
        {
            if (shared is not null)
            {
                FlushShared(shared);
                return;
            }

            if (batch.Count == 0 || !storyState.IsValueCreated)
            {
                return;
            }

            var start = Stopwatch.GetTimestamp();
            var changes = Clusterer.TakeChanges();
            var stories = changes.Stories.Select(s => s.Snapshot()).ToList();
            timings.Add("story snapshots", start);
            writer.Enqueue(new IngestBatch(batch, stories, changes.DocumentFrequencyDeltas, changes.DocumentCountDelta));
            batch = [];
        }

        /// <summary>
        /// The ordered part of the pending articles and their store write, under the store's ingest lock so that
        /// workers take turns; the index gets the batch after the lock is released.
        /// </summary>
        private void FlushShared(ISharedCorpusStore store)
        {
            if (pending.Count == 0)
            {
                return;
            }

            var start = Stopwatch.GetTimestamp();
            IngestBatch? written = null;
            using (store.LockIngest())
            {
                timings.Add("wait for ingest lock", start);
                if (store.Version != knownVersion)
                {
                    // Another worker wrote since our state was read: its articles and stories are read back, so this
                    // batch is placed as if one process had ingested both.
                    start = Stopwatch.GetTimestamp();
                    var (_, storedKeys, storedIds) = store.Keys();
                    keys.UnionWith(storedKeys);
                    ids.UnionWith(storedIds);
                    (duplicateState, storyState) = LazyState();
                    timings.Add("re-read shared state", start);
                }

                foreach (var prepared in pending)
                {
                    Place(prepared);
                }

                pending.Clear();
                if (batch.Count > 0)
                {
                    var changes = Clusterer.TakeChanges();
                    start = Stopwatch.GetTimestamp();
                    store.WriteBatch(batch, changes.Stories, changes.DocumentFrequencyDeltas, changes.DocumentCountDelta);
                    timings.Add("write store", start);
                    if (storedStories is not null)
                    {
                        // The store now holds what the clusterer holds: the written stories are the stored ones.
                        foreach (var story in changes.Stories)
                        {
                            if (story.MergedInto is null)
                            {
                                storedStories[story.Id] = story;
                            }
                            else
                            {
                                storedStories.Remove(story.Id);
                            }
                        }
                    }

                    written = new IngestBatch(batch, [], changes.DocumentFrequencyDeltas, 0) { Stored = true };
                    batch = [];
                }

                knownVersion = store.Version;
                if (storyState.IsValueCreated)
                {
                    // Under the lock since the read: the clusterer's stories are the store's at this version.
                    storiesVersion = knownVersion;
                }
            }

            // Outside the lock: the other workers need not wait for this process's index.
            if (written is not null)
            {
                writer.Enqueue(written);
            }
        }

        private void Report(bool force = false)
        {
            if (progress is null)
            {
                return;
            }

            var now = clock.ElapsedMilliseconds;
            if (!force && now - lastReport < 200)
            {
                return;
            }

            lastReport = now;
            progress.Report(new IngestProgress(read, added, skipped, duplicateCount, errors.Count, clock.Elapsed, lastError));
            lastError = null;
        }
    }
}
