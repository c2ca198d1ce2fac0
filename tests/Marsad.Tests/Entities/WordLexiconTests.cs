using Marsad.Entities;

namespace Marsad.Tests.Entities;

public class WordLexiconTests
{
    [Fact]
    public void Lookup_by_precomputed_hash_agrees_with_lookup_by_text()
    {
        string[] words = ["مدينة", "نهر", "سهل", "جبل"];
        var lexicon = new WordLexicon(words, [5, 4, 3, 2], words.Select(_ => new[] { 0, 1, 2 }).ToList());
        foreach (var w in words.Append("وادي"))
        {
            Assert.Equal(lexicon.IndexOf(w), lexicon.IndexOf(w, FeatureHash.Chars(w)));
        }

        // A hash that belongs to another word must not make the lookup answer for that word.
        Assert.Equal(-1, lexicon.IndexOf("وادي", FeatureHash.Chars("نهر")));
        Assert.Equal(lexicon.IndexOf("جبل"), lexicon.IndexOf("جبل", FeatureHash.Chars("سهل")));
    }
}
