using System.Collections.Immutable;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Pipeline;

namespace Marsad.Facts;

/// <summary>Fills <see cref="AnalyzedArticle.Dates"/>: every date expression of the body, resolved against
/// <see cref="AnalyzedArticle.Published"/> (null where that is needed and missing);
/// <see cref="AnalyzedArticle.PublishedText"/>: the date expression of the removed chrome that gives the publication
/// date (a timestamp line); and <see cref="AnalyzedArticle.ChromeDates"/>: the other full dates written in the chrome's
/// timestamp lines.</summary>
public sealed class DateAnnotator : IAnnotator
{
    private const int MaxTimestampLine = 120;

    /// <summary>How many words a timestamp line holds beside its dates and times (نشرت في ... آخر تحديث ...); a line with
    /// more is a related headline or a caption, whose dates the golds do not list.</summary>
    private const int MaxStampLineWords = 4;

    private readonly FactsLexicon lexicon;

    public DateAnnotator(ResourceFiles? resources = null)
    {
        lexicon = FactsLexicon.For(resources ?? ResourceFiles.Default);
    }

    public string Name => "dates";

    public AnalyzedArticle Annotate(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Body is null)
        {
            return article;
        }

        var (publishedText, stamps) = ReadChrome(article);
        publishedText = article.PublishedText ?? publishedText;
        return article with
        {
            Dates = FactsAnalysis.For(article, lexicon).Dates,
            PublishedText = publishedText,
            ChromeDates = WithoutFirst(stamps, publishedText),
        };
    }

    /// <summary>
    /// The chrome's short lines read for dates. The published text is the first date of a line that reads as the
    /// publication date itself, a written Gregorian one first: a written date in a later line beats a weekday or
    /// «اليوم» in an earlier one (الخميس ٦ رمضان - 6 مارس 2025م; a site name such as «الطاقة اليوم» above the
    /// timestamp line), and a Hijri one counts only where no Gregorian one does. The stamps are every full written
    /// date of the lines that hold little else (a timestamp, an update stamp, a dated wire lead).
    /// </summary>
    private (string? PublishedText, ImmutableArray<ChromeDate> Stamps) ReadChrome(AnalyzedArticle article)
    {
        var published = article.Published is { } day ? DateValues.Day(day) : null;
        string? written = null, hijri = null, unwritten = null;
        var stamps = ImmutableArray.CreateBuilder<ChromeDate>();
        foreach (var line in article.Boilerplate)
        {
            if (line.Length > MaxTimestampLine)
            {
                continue;
            }

            var context = new FactContext(line, lexicon);
            var recognizer = new DateRecognizer(context, article.Published);
            var dates = recognizer.Recognize();
            if (dates.IsEmpty)
            {
                continue;
            }

            foreach (var date in dates.Where(d => published is not null && d.Value == published))
            {
                if (!date.Text.Any(char.IsDigit))
                {
                    unwritten ??= date.Text;
                }
                else if (recognizer.IsHijri(date))
                {
                    hijri ??= date.Text;
                }
                else
                {
                    written ??= date.Text;
                }
            }

            if (IsStampLine(context, recognizer.Covered))
            {
                stamps.AddRange(dates.Where(IsWrittenDay).Select(d => new ChromeDate(d.Text, d.Value)));
            }
        }

        return (written ?? hijri ?? unwritten, stamps.ToImmutable());
    }

    /// <summary>A date with digits that resolves to one day (28/6/2021, 7 آب 2025), not a weekday or a bare year.</summary>
    private static bool IsWrittenDay(DateMention date) =>
        date.Value is { Length: 10 } && date.Text.Any(char.IsDigit);

    /// <summary>Whether a line holds at most <see cref="MaxStampLineWords"/> words outside its dates, times and numbers.</summary>
    private static bool IsStampLine(FactContext context, bool[] covered)
    {
        var words = 0;
        for (var i = 0; i < context.Count; i++)
        {
            if (context.IsWord(i) && !covered[i] && !(context.FoldedAt(i) is [var first, ..] && char.IsAsciiDigit(first)) && ++words > MaxStampLineWords)
            {
                return false;
            }
        }

        return true;
    }

    private static ImmutableArray<ChromeDate> WithoutFirst(ImmutableArray<ChromeDate> stamps, string? text)
    {
        var index = text is null ? -1 : stamps.Select(s => s.Text).ToList().IndexOf(text);
        return index < 0 ? stamps : stamps.RemoveAt(index);
    }
}
