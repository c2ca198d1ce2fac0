namespace Marsad.Text;

/// <summary>
/// A word cut into proclitics, stem and enclitic pronoun, as char lengths over the word as written (diacritics and
/// tatweel go with the letter before them): <c>word[..PrefixLength]</c>, <c>word[PrefixLength..SuffixStart]</c>,
/// <c>word[SuffixStart..]</c>. <see cref="ArticleLength"/> is the part of the prefix that is the article.
/// </summary>
public readonly record struct CliticSplit(int PrefixLength, int StemLength, int SuffixLength, Proclitics Proclitics, int ArticleLength = 0)
{
    public int Length => PrefixLength + StemLength + SuffixLength;

    public int SuffixStart => PrefixLength + StemLength;

    /// <summary>Where the stem starts when the article is kept with it (التحالف in والتحالف).</summary>
    public int StemWithArticleStart => PrefixLength - ArticleLength;

    public bool IsSplit => PrefixLength > 0 || SuffixLength > 0;

    /// <summary>The whole word as its own stem.</summary>
    public static CliticSplit Whole(int length) => new(0, length, 0, Proclitics.None);
}
