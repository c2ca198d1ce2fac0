using Marsad.Search;

namespace Marsad.Server.Tests.LibraryBugs;

/// <summary>
/// Found as an analyst: «بوتين» finds 29 articles of a 212-article ANT store, «لبوتين» («to Putin») only 8 — the
/// preposition ل is not taken off a name, so the index holds «لبوتين» as a word of its own and a search for the name
/// misses the articles that write it only with the clitic.
/// </summary>
public sealed class NameWithClitics
{
    [Theory(Skip = "bug: the preposition ل is not stripped from a name (لبوتين indexed as لبوت, not بوت), so a name search misses its clitic forms — fix pending in Search (analyzer clitics)")]
    [InlineData("لبوتين", "بوتين")]
    [InlineData("لترامب", "ترامب")]
    public void A_name_after_the_preposition_li_is_indexed_as_the_name(string withClitic, string name)
    {
        using var analyzer = SearchAnalyzers.Create();

        Assert.Equal(SearchAnalyzers.Terms(analyzer, name), SearchAnalyzers.Terms(analyzer, withClitic));
    }
}
