namespace Marsad.Corpus;

/// <summary>One item an ingest could not take: the file (or archive entry) and the reason.</summary>
public sealed record IngestError(string Path, string Reason);
