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

    /// <summary>The first date of a short chrome line that reads as the publication date itself, a written one first:
    /// a written date in a later line beats a weekday or «اليوم» in an earlier one (الخميس ٦ رمضان - 6 مارس 2025م; a
    /// site name such as «الطاقة اليوم» above the timestamp line).</summary>
    private string? PublishedTextIn(AnalyzedArticle article)
    {
        if (article.Published is not { } published)
        {
            return null;
        }

        var value = DateValues.Day(published);
        string? unwritten = null;
        foreach (var line in article.Boilerplate.Where(l => l.Length <= MaxTimestampLine))
        {
            var dates = new DateRecognizer(new FactContext(line, lexicon), published).Recognize();
            if (dates.FirstOrDefault(d => d.Value == value && d.Text.Any(char.IsDigit)) is { } written)
            {
                return written.Text;
            }

            unwritten ??= dates.FirstOrDefault(d => d.Value == value)?.Text;
        }

        return unwritten;
    }
}
