using System.Collections.Immutable;
using Marsad.Corpus;

namespace Marsad.Server.Api;

/// <summary>What an ingest request did: the articles read, added, already stored or duplicating a stored one, the
/// items that failed and the store's size after.</summary>
public sealed record IngestResponse(int Read, int Added, int Skipped, int Duplicates, ImmutableArray<IngestError> Errors, long TotalArticles, ImmutableArray<string> Ids);
