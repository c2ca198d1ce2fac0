using Marsad.Entities;
using Marsad.Linking;
using Marsad.Pipeline;
using Marsad.Quotes;
using Marsad.Text;
using Xunit.Abstractions;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Attributed-quote F1 on the team's own articles (Egyptian, Gulf, Levantine, Maghreb styles). A quote counts only
/// when its text matches the label exactly (whitespace normalised) and its speaker is right. The tuned half was
/// labelled before the rules were tuned on it; the held-back half was labelled at the same time and only scored
/// at the end, so its figure is the one for unseen articles.
/// </summary>
public sealed class OwnArticlesTests(ITestOutputHelper output)
{
    private static readonly AnalysisPipeline Pipeline =
        new PipelineBuilder().UseArabicText().UseEntities().UseLinker().UseQuotes().Build();

    [Fact]
    public void Attributed_quote_f1_on_the_tuned_articles_stays_above_its_floor()
    {
        var score = Score("articles-tuned.json", showMisses: true);
        // Measured 1.000 (38/38) after tuning on these articles.
        Assert.True(score.AttributedF1 >= 0.95, $"attributed F1 {score.AttributedF1:F3}");
    }

    [Fact]
    public void Attributed_quote_f1_on_the_second_tuned_articles_stays_above_its_floor()
    {
        // Twelve articles labelled before any tuning on them: role phrases across باسم/في/لـ/لدى, plural and
        // organisation speakers, present and feminine cues, وجاء في البيان، نقلت ... عن، حسب ما أفاد، أما ... فقد.
        var score = Score("articles-tuned-2.json", showMisses: true);
        // Measured FIRST_TUNED2 before tuning, AFTER_TUNED2 after.
        Assert.True(score.AttributedF1 >= 0.0, $"attributed F1 {score.AttributedF1:F3}");
    }

    [Fact]
    public void Attributed_quote_f1_on_the_third_tuned_articles_stays_above_its_floor()
    {
        // Eight more articles labelled before tuning on them: a quote before its «قال»، organisations with a place,
        // كتب على حسابه، نقلت ... عن ... قوله، مصادر ... لـ«...»، بحسب ما ذكرت، apposition with commas.
        var score = Score("articles-tuned-3.json", showMisses: true);
        // Measured FIRST_TUNED3 before tuning, AFTER_TUNED3 after.
        Assert.True(score.AttributedF1 >= 0.0, $"attributed F1 {score.AttributedF1:F3}");
    }

    [Fact]
    public void Attributed_quote_f1_on_the_fourth_tuned_articles_stays_above_its_floor()
    {
        // Eight more, labelled before tuning: honorifics and roles after names, بيان صادر عن، شهود لـ«...»,
        // multi-sentence direct quotes, reports as speakers, حسبما أفادت.
        var score = Score("articles-tuned-4.json", showMisses: true);
        // Measured FIRST_TUNED4 before tuning, AFTER_TUNED4 after.
        Assert.True(score.AttributedF1 >= 0.0, $"attributed F1 {score.AttributedF1:F3}");
    }

    [Fact]
    public void Attributed_quote_f1_on_the_fifth_tuned_articles_stays_above_its_floor()
    {
        // Six more, labelled before tuning: studies and bureaus as speakers, quoted movement names inside roles,
        // background «يذكر أن» and «ومن المتوقع أن» that are not quotes, وصف ... بأنه.
        var score = Score("articles-tuned-5.json", showMisses: true);
        // Measured FIRST_TUNED5 before tuning, AFTER_TUNED5 after.
        Assert.True(score.AttributedF1 >= 0.0, $"attributed F1 {score.AttributedF1:F3}");
    }

    [Fact]
    public void Attributed_quote_f1_on_the_held_back_articles_stays_above_its_floor()
    {
        var score = Score("articles-heldback.json", showMisses: true);
        // Measured 0.764 exact / 0.800 overlap on first scoring, with no tuning on these articles since.
        Assert.True(score.AttributedF1 >= 0.72, $"attributed F1 {score.AttributedF1:F3}");
    }

    private QuoteScore Score(string file, bool showMisses)
    {
        var total = new QuoteScore();
        foreach (var article in LabelledArticle.Load(file))
        {
            var analyzed = Pipeline.AnalyzeText(article.Body, article.Id);
            Assert.Empty(analyzed.Errors);
            var score = QuoteScore.Of(analyzed.Body, article.Expected, analyzed.Quotes);
            total.Add(score);
            output.WriteLine($"{article.Id}: gold {score.Gold}, found {score.Found}, attributed exact {score.AttributedExact}, overlap {score.AttributedOverlap}");
            if (showMisses)
            {
                score.Misses.ForEach(m => output.WriteLine("    " + m));
            }
        }

        output.WriteLine($"{file}: gold {total.Gold}, found {total.Found}, attributed F1 exact {total.AttributedF1:F3}, overlap {total.AttributedOverlapF1:F3}; " +
                         $"text P/R exact {total.ExactPrecision:P0}/{total.ExactRecall:P0}, overlap {total.OverlapPrecision:P0}/{total.OverlapRecall:P0}; kind {total.KindAccuracy:P0}, cue {total.CueAccuracy:P0}");
        return total;
    }
}
