namespace Marsad.Corpus;

/// <summary>One matching article.</summary>
/// <param name="Id">The article id (for <see cref="Corpus.GetArticle"/>).</param>
/// <param name="Headline">The headline, when known.</param>
/// <param name="Outlet">The outlet that published it.</param>
/// <param name="Published">The publication date, when known.</param>
/// <param name="Score">Lucene relevance score (0 for filter-only searches).</param>
/// <param name="Snippet">The best passages with the matched words in <c>&lt;mark&gt;...&lt;/mark&gt;</c>; every other
/// character is HTML-escaped, so the snippet can be put into a web page as is.</param>
public sealed record SearchHit(string Id, string? Headline, string? Outlet, DateOnly? Published, float Score, string Snippet);
