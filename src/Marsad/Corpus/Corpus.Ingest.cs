using System.Collections.Immutable;
using System.Diagnostics;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Sources;

namespace Marsad.Corpus;

/// <summary>Ingest: analyse in parallel, deduplicate, cluster into stories, write in batches.</summary>
public sealed partial class Corpus
{
    /// <summary>Reads every document under the paths (files, folders, archives) and ingests it.</summary>
    public IngestReport Ingest(IEnumerable<string> paths, IngestOptions? options = null, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Ingest(DocumentSources.Read(paths), options, progress, cancellationToken);

    /// <summary>
    /// Analyses the items on all cores and stores them in batches (SQLite and the index committed per batch).
    /// Items already stored are skipped before analysis; bad items are reported and the run goes on. Idempotent,
    /// and an interrupted run re-run gives the store a clean run gives.
    /// </summary>
    public IngestReport Ingest(IEnumerable<SourceResult> items, IngestOptions? options = null, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        options ??= IngestOptions.Default;
        lock (ingestGate)
        {
            var pipeline = (options.Stages is null ? PipelineBuilder.CreateDefault() : PipelineBuilder.Configure(options.Stages)).Build();
            var run = new IngestRun(this, options, progress);
            var fresh = items.Where(run.IsNew);
            foreach (var result in pipeline.AnalyzeAll(fresh, new AnalysisOptions { Published = options.Published }, options.DegreeOfParallelism, cancellationToken))
            {
                run.Take(result);
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
            var run = new IngestRun(this, options ?? IngestOptions.Default, progress);
            foreach (var article in articles)
            {
                run.Take(new AnalysisResult(article.Source.Path, article, null));
            }

            return run.Finish();
        }
    }

    /// <summary>The state of one ingest run.</summary>
    private sealed class IngestRun
    {
        private readonly Corpus corpus;
        private readonly IngestOptions options;
        private readonly IProgress<IngestProgress>? progress;
        private readonly HashSet<string> rawKeysAtStart;
        private readonly HashSet<string> keys;
        private readonly HashSet<string> ids;
        private readonly Lazy<DuplicateDetector> duplicateState;
        private readonly Lazy<StoryClusterer> storyState;
        private readonly List<StoredArticle> batch = [];
        private readonly ImmutableArray<IngestError>.Builder errors = ImmutableArray.CreateBuilder<IngestError>();
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private readonly Dictionary<string, string> rawKeyOf = new(StringComparer.Ordinal);
        private readonly Lock rawGate = new();
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
            (rawKeysAtStart, keys, ids) = corpus.store.Keys();

            // Loaded on the first new article: a re-ingest of stored items never pays for it.
            duplicateState = new(() =>
            {
                var detector = new DuplicateDetector();
                foreach (var (id, hash, signature, storyId) in corpus.store.LoadSignatures())
                {
                    detector.Add(id, hash, signature, storyId);
                }

                return detector;
            });
            storyState = new(() =>
            {
                var (df, n) = corpus.store.LoadDocumentFrequencies();
                return new StoryClusterer(corpus.index.Analyzer, corpus.StoryOptions, corpus.store.LoadStories(), df, n);
            });
        }

        private DuplicateDetector Detector => duplicateState.Value;

        private StoryClusterer Clusterer => storyState.Value;

        /// <summary>False for an item stored by an earlier run (same id and raw text): it is not analysed again.
        /// Called from the analysis threads.</summary>
        public bool IsNew(SourceResult item)
        {
            if (item.Document is not { } doc)
            {
                return true;
            }

            var raw = ContentHash.RawKey(doc.Id, doc.Text);
            if (!rawKeysAtStart.Contains(raw))
            {
                lock (rawGate)
                {
                    rawKeyOf[doc.Path + "\u0000" + doc.Id] = raw;
                }

                return true;
            }

            Interlocked.Increment(ref read);
            Interlocked.Increment(ref skipped);
            return false;
        }

        public void Take(AnalysisResult result)
        {
            Interlocked.Increment(ref read);
            if (result.Article is not { } article)
            {
                Error(result.Path, result.Error ?? "unreadable");
                return;
            }

            string raw;
            lock (rawGate)
            {
                var k = article.Source.Path + "\u0000" + article.Id;
                raw = rawKeyOf.Remove(k, out var r) ? r : ContentHash.RawKey(article.Id, article.Body);
            }

            var key = ContentHash.ArticleKey(article.Id, article.Body);
            if (!keys.Add(key))
            {
                Interlocked.Increment(ref skipped);
                Report();
                return;
            }

            if (!ids.Add(article.Id))
            {
                // Another article with this id is stored: keep both, the newcomer under a qualified id.
                article = article with { Id = article.Id + "~" + key[..8] };
                ids.Add(article.Id);
            }

            var bodyHash = ContentHash.BodyHash(article.Body);
            var signature = MinHash.Signature(Shingles.Hashed(Shingles.Words(article.Body)));
            var original = Detector.Find(bodyHash, signature);
            long storyId;
            if (original is not null)
            {
                storyId = original.StoryId;
                Clusterer.AddDuplicate(storyId, article.Published);
                duplicateCount++;
            }
            else
            {
                storyId = Clusterer.Assign(article);
                Detector.Add(article.Id, bodyHash, signature, storyId);
            }

            batch.Add(new StoredArticle(article, raw, key, bodyHash, storyId, original?.Id, signature));
            added++;
            if (batch.Count >= Math.Max(1, options.BatchSize))
            {
                Flush();
            }

            Report();
        }

        public IngestReport Finish()
        {
            Flush();
            Report(force: true);
            return new IngestReport(read, added, skipped, duplicateCount, errors.ToImmutable(), clock.Elapsed, corpus.store.Count);
        }

        private void Error(string path, string reason)
        {
            errors.Add(new IngestError(path, reason));
            lastError = $"{path}: {reason}";
            Report(force: true);
        }

        /// <summary>One batch: SQLite first (rows flagged unindexed), then the index, then the flags. A crash between
        /// the steps leaves flagged rows that the next open indexes again.</summary>
        private void Flush()
        {
            if (batch.Count == 0 || !storyState.IsValueCreated)
            {
                return;
            }

            var changes = Clusterer.TakeChanges();

            corpus.store.WriteBatch(batch, changes.Stories, changes.DocumentFrequencyDeltas, changes.DocumentCountDelta);
            corpus.index.Upsert(batch.Select(b => b.Article));
            corpus.index.Commit(corpus.store.Count);
            corpus.store.MarkIndexed(batch.Select(b => b.Article.Id));
            batch.Clear();
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
            progress.Report(new IngestProgress(Volatile.Read(ref read), added, Volatile.Read(ref skipped), duplicateCount, errors.Count, clock.Elapsed, lastError));
            lastError = null;
        }
    }
}
