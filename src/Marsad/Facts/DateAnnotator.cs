using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Pipeline;

namespace Marsad.Facts;

/// <summary>Fills <see cref="AnalyzedArticle.Dates"/>: every date expression of the body, resolved against
/// <see cref="AnalyzedArticle.Published"/> (null where that is needed and missing); and
/// <see cref="AnalyzedArticle.PublishedText"/>: the date expression of the removed chrome that gives the publication
/// date (a timestamp line).</summary>
public sealed class DateAnnotator : IAnnotator
{
    private const int MaxTimestampLine = 120;

    private readonly FactsLexicon lexicon;

    public DateAnnotator(ResourceFiles? resources = null)
    {
        lexicon = FactsLexicon.For(resources ?? ResourceFiles.Default);
    }

    public string Name => "dates";

    public AnalyzedArticle Annotate(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Body is null ? article : article with
        {
            Dates = FactsAnalysis.For(article, lexicon).Dates,
            PublishedText = article.PublishedText ?? PublishedTextIn(article),
        };
    }

    /// <summary>The first date of a short chrome line that reads as the publication date itself, a written one first.</summary>
    private string? PublishedTextIn(AnalyzedArticle article)
    {
        if (article.Published is not { } published)
        {
            return null;
        }

        var value = DateValues.Day(published);
        foreach (var line in article.Boilerplate.Where(l => l.Length <= MaxTimestampLine))
        {
            var dates = new DateRecognizer(new FactContext(line, lexicon), published).Recognize();
            // A written date beats a weekday that resolves to the same day (الخميس ٦ رمضان - 6 مارس 2025م).
            if ((dates.FirstOrDefault(d => d.Value == value && d.Text.Any(char.IsDigit)) ?? dates.FirstOrDefault(d => d.Value == value)) is { } date)
            {
                return date.Text;
            }
        }

        return null;
    }
}
