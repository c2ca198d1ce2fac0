namespace Marsad.Search;

/// <summary>Field names of the Lucene index.</summary>
internal static class SearchFields
{
    public const string Id = "id";
    public const string Headline = "headline";
    public const string Body = "body";
    public const string Outlet = "outlet";
    public const string OutletValues = "outlet_dv";
    public const string Entity = "entity";
    public const string EntityValues = "entity_dv";
    public const string Speaker = "speaker";
    public const string SpeakerValues = "speaker_dv";
    public const string Day = "day";
    public const string DayValues = "day_dv";
    public const string Published = "published";

    /// <summary>Commit user-data key: the number of store rows the index holds (diagnostics).</summary>
    public const string Generation = "marsad.generation";

    /// <summary>Commit user-data key: the <see cref="SearchAnalyzers.ChainVersion"/> the indexed terms were made with.</summary>
    public const string AnalyzerVersion = "marsad.analyzer";
}
