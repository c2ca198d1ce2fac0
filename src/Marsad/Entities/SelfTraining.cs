using Marsad.Sources;
using Marsad.Text;

namespace Marsad.Entities;

/// <summary>
/// Self-training on unlabelled articles: taggers trained with different seeds (or settings) tag the same articles (each
/// article one document), and the sentences on which they all agree token for token and find at least one name become extra
/// training sentences, with those tags. Held-out days are skipped; articles are read in the corpus's order, so the
/// same models and corpus give the same sentences.
/// </summary>
public static class SelfTraining
{
    private const int MinTokens = 6;
    private const int MaxTokens = 60;

    /// <summary>Agreed sentences taken from one article at most by full teachers (the corpus is ordered by outlet and
    /// section: a cap spreads a large sample over more of them).</summary>
    public const int TeacherSentencesPerArticle = 3;

    /// <summary>Up to <paramref name="limit"/> agreed sentences from the articles of <paramref name="paths"/>.</summary>
    public static List<NerSentence> Label(IReadOnlyList<string> paths, NerTagger first, NerTagger second, int limit, Action<string>? progress = null) =>
        Label(paths, [first, second], limit, int.MaxValue, true, progress);

    /// <summary>Up to <paramref name="limit"/> sentences of the articles of <paramref name="paths"/> that every one of
    /// <paramref name="taggers"/> tags alike, with at least one name when <paramref name="needName"/>; at most
    /// <paramref name="perArticle"/> of one article.</summary>
    public static List<NerSentence> Label(IReadOnlyList<string> paths, IReadOnlyList<NerTagger> taggers, int limit, int perArticle, bool needName, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(taggers);
        if (taggers.Count < 2)
        {
            throw new ArgumentException("self-training needs at least two taggers to agree", nameof(taggers));
        }

        var result = new List<NerSentence>();
        var articles = 0;
        var candidates = 0;
        foreach (var item in DocumentSources.Read(paths))
        {
            if (result.Count >= limit)
            {
                break;
            }

            if (item.Document is not { } doc || NerTrainingRun.IsHeldOut(doc))
            {
                continue;
            }

            articles++;
            var sentences = Sentences(doc.Text);
            var tagged = taggers.Select(t => t.TagDocument(sentences)).ToList();
            var a = tagged[0];
            var taken = 0;
            for (var s = 0; s < sentences.Count && result.Count < limit && taken < perArticle; s++)
            {
                if (sentences[s].Count < MinTokens)
                {
                    continue;
                }

                candidates++;
                if ((!needName || a[s].Any(t => t != NerTags.Outside)) && tagged.Skip(1).All(b => a[s].AsSpan().SequenceEqual(b[s])))
                {
                    result.Add(new NerSentence([.. sentences[s]], a[s]));
                    taken++;
                }
            }
        }

        progress?.Invoke($"self-training: {result.Count} agreed sentences{(needName ? " with a name" : string.Empty)}, of {candidates} in {articles} articles");
        return result;
    }

    /// <summary>Sentences of tokens: cut at end punctuation and line breaks, and at <see cref="MaxTokens"/>.</summary>
    internal static List<IReadOnlyList<string>> Sentences(string text)
    {
        var sentences = new List<IReadOnlyList<string>>();
        var current = new List<string>();
        var lastEnd = 0;
        foreach (var t in ArabicTokenizer.Enumerate(text))
        {
            if (current.Count > 0 && (text.AsSpan(lastEnd, t.Start - lastEnd).Contains('\n') || current.Count >= MaxTokens))
            {
                sentences.Add(current);
                current = [];
            }

            var token = text.Substring(t.Start, t.Length);
            current.Add(token);
            lastEnd = t.Start + t.Length;
            if (token is "." or "!" or "?" or "؟")
            {
                sentences.Add(current);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            sentences.Add(current);
        }

        return sentences;
    }
}
