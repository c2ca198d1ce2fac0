using Marsad.Search;

namespace Marsad.Corpus;

/// <summary>Access for <see cref="SearchBenchmark"/>.</summary>
public sealed partial class Corpus
{
    internal SearchIndex Index => index;
}
