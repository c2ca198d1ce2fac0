using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Corpus;

/// <summary>
/// Where the corpus keeps its records: articles (the JSON record), their annotations as rows (entities, quotes) for
/// facets and timelines, stories and the ingest state. The source of truth: the search index is rebuilt from it
/// (<see cref="Unindexed"/>). SQLite now; a PostgreSQL backend can follow behind the same calls.
/// </summary>
public interface ICorpusStore : IDisposable
{
    /// <summary>Articles stored.</summary>
    long Count { get; }

    /// <summary>Every raw key, idempotency key and article id stored (loaded once per ingest, which keeps its own sets after).</summary>
    (HashSet<string> RawKeys, HashSet<string> Keys, HashSet<string> Ids) Keys();

    /// <summary>
    /// An article id as the store's id column holds it, and as <see cref="Keys"/> returns it: ids equal here are one
    /// id to the store, so an ingest gives the later article a qualified id rather than lose it. The id itself where
    /// the store keeps every string exactly.
    /// </summary>
    string IdKey(string id) => id;

    /// <summary>
    /// Writes a batch in one transaction: the articles (flagged not yet indexed), their entity and quote rows, the
    /// changed stories and the document-frequency increments of the story model.
    /// </summary>
    void WriteBatch(IReadOnlyList<StoredArticle> articles, IReadOnlyCollection<StoryState> stories, IReadOnlyDictionary<string, int> documentFrequencyDeltas, int documentCountDelta);

    /// <summary>Articles written but not yet confirmed in the search index, in store order.</summary>
    IEnumerable<StoredArticle> Unindexed();

    /// <summary>Marks articles as present in the search index.</summary>
    void MarkIndexed(IEnumerable<string> ids);

    AnalyzedArticle? GetArticle(string id);

    /// <summary>The stored rows of several articles (missing ids are left out).</summary>
    IReadOnlyList<StoredArticle> GetStored(IEnumerable<string> ids);

    /// <summary>Every story state (to resume clustering).</summary>
    IReadOnlyList<StoryState> LoadStories();

    /// <summary>Document frequencies and the document count of the story model (to resume clustering).</summary>
    (Dictionary<string, int> DocumentFrequency, int DocumentCount) LoadDocumentFrequencies();

    /// <summary>Body hash and MinHash signature of every canonical (non-duplicate) article (to resume duplicate detection).</summary>
    IEnumerable<(string Id, string BodyHash, uint[] Signature, long StoryId)> LoadSignatures();

    /// <summary>Stories with an article published in [from, to] (either bound optional), newest first.</summary>
    IReadOnlyList<StoryState> FindStories(DateOnly? from, DateOnly? to);

    StoryState? GetStory(long id);

    /// <summary>Member ids of a story with duplicate flags and outlets, in publication order.</summary>
    IReadOnlyList<(string Id, string? Outlet, DateOnly? Published, string? DuplicateOf)> StoryMembers(long storyId);

    /// <summary>Entities whose id, name or an alias seen in the corpus matches (normalised), most mentioned first.</summary>
    ImmutableArray<EntityMatch> FindEntities(string nameOrId, int limit = 20);

    /// <summary>Names of entities by id (facet labels).</summary>
    IReadOnlyDictionary<string, string> EntityNames(IEnumerable<string> ids);

    /// <summary>The entity's quotes and mentions, oldest first (undated last).</summary>
    IReadOnlyList<TimelineItem> Timeline(string entityId);

    /// <summary>Speaker keys (entity ids or names) whose id or name matches (normalised).</summary>
    IReadOnlyList<string> FindSpeakerKeys(string nameOrId);
}
