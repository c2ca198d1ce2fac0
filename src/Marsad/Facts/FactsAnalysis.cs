using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Marsad.Model;

namespace Marsad.Facts;

/// <summary>
/// The words and dates of one body, shared by the date and quantity stages so the date grammar (which quantities
/// need, to skip the numbers of dates) runs once per article. Keyed weakly by the body string itself, which every
/// <c>with</c> copy of an article shares; a different lexicon, publication date, credited outlets or site names compute afresh.
/// </summary>
internal sealed class FactsAnalysis
{
    private static readonly ConditionalWeakTable<string, FactsAnalysis> Cache = new();

    private FactsAnalysis(AnalyzedArticle article, FactsLexicon lexicon)
    {
        Lexicon = lexicon;
        Published = article.Published;
        Outlets = article.Agencies;
        SiteNames = article.SiteNames;
        Context = new FactContext(article.Body, lexicon, article.Tokens);
        var recognizer = new DateRecognizer(Context, article.Published,
            article.SiteNames.IsDefaultOrEmpty ? article.Agencies : [.. article.Agencies, .. article.SiteNames]);
        Dates = recognizer.Recognize();
        DateWords = recognizer.Covered;
    }

    public FactsLexicon Lexicon { get; }

    public DateOnly? Published { get; }

    /// <summary>The credited outlets the dates were read with (their names hold no date).</summary>
    public ImmutableArray<string> Outlets { get; }

    /// <summary>The page's own names the dates were read with (a site's name holds no date even when it is not credited).</summary>
    public ImmutableArray<string> SiteNames { get; }

    public FactContext Context { get; }

    public ImmutableArray<DateMention> Dates { get; }

    /// <summary>Words inside a date: not quantities.</summary>
    public bool[] DateWords { get; }

    public static FactsAnalysis For(AnalyzedArticle article, FactsLexicon lexicon)
    {
        if (Cache.TryGetValue(article.Body, out var cached) && cached.Lexicon == lexicon && cached.Published == article.Published
            && cached.Outlets == article.Agencies && cached.SiteNames == article.SiteNames)
        {
            return cached;
        }

        var analysis = new FactsAnalysis(article, lexicon);
        Cache.AddOrUpdate(article.Body, analysis);
        return analysis;
    }
}
