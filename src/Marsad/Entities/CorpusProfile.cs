using Marsad.Sources;

namespace Marsad.Entities;

/// <summary>
/// What a context-only tagger makes of each lexicon word across the unlabelled corpus: a tagger trained without the
/// token's own word identity (so it labels a word from its context, affixes, clusters and gazetteer flags, as it would
/// a name it never saw) tags the corpus, and each word's share of occurrences tagged as each entity type becomes one
/// byte of the lexicon. A name unseen in the labelled data but met after titles and verbs of saying a hundred times in
/// the corpus then carries that evidence into every sentence where it stands alone.
/// </summary>
public static class CorpusProfile
{
    /// <summary>Occurrences a word needs in the tagged corpus before its shares say anything.</summary>
    public const int MinOccurrences = 3;

    /// <summary>Entity types (PERS, ORG, LOC, MISC), two bits each in a profile byte.</summary>
    public const int Types = 4;

    /// <summary>The articles of <paramref name="paths"/> (held-out days skipped) as sentences of tokens, up to
    /// <paramref name="maxArticles"/>, in the corpus's order.</summary>
    public static List<List<IReadOnlyList<string>>> ReadArticles(IReadOnlyList<string> paths, int maxArticles, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var articles = new List<List<IReadOnlyList<string>>>();
        var tokens = 0L;
        foreach (var item in DocumentSources.Read(paths))
        {
            if (articles.Count >= maxArticles)
            {
                break;
            }

            if (item.Document is not { } doc || NerTrainingRun.IsHeldOut(doc))
            {
                continue;
            }

            var sentences = SelfTraining.Sentences(doc.Text);
            tokens += sentences.Sum(s => s.Count);
            articles.Add(sentences);
        }

        progress?.Invoke($"corpus profile: {articles.Count} articles, {tokens} tokens");
        return articles;
    }

    /// <summary>Tags every article with <paramref name="contextTagger"/> and returns one profile byte per entry of
    /// <paramref name="lexicon"/> (see <see cref="Encode"/>).</summary>
    public static byte[] Build(NerTagger contextTagger, WordLexicon lexicon, IReadOnlyList<List<IReadOnlyList<string>>> articles, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(contextTagger);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(articles);
        var counts = new int[lexicon.Count * (Types + 1)];
        var entries = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var tags = contextTagger.TagDocument(article);
            for (var s = 0; s < article.Count; s++)
            {
                var sentence = article[s];
                for (var i = 0; i < sentence.Count; i++)
                {
                    if (!entries.TryGetValue(sentence[i], out var entry))
                    {
                        entry = EntryOf(lexicon, sentence[i]);
                        entries[sentence[i]] = entry;
                    }

                    // The word as written only: adding each clitic form's occurrences to its stem measured worse
                    // (dev slice, seeds 1-3: 75.19 against 75.58).
                    if (entry >= 0)
                    {
                        var tag = tags[s][i];
                        counts[(entry * (Types + 1)) + (tag == NerTags.Outside ? 0 : 1 + ((tag - 1) / 2))]++;
                    }
                }
            }
        }

        var profile = new byte[lexicon.Count];
        var named = 0;
        for (var e = 0; e < profile.Length; e++)
        {
            profile[e] = Encode(counts.AsSpan(e * (Types + 1), Types + 1));
            named += profile[e] != 0 ? 1 : 0;
        }

        progress?.Invoke($"corpus profile: {named} of {lexicon.Count} words tagged as a name in some occurrences");
        return profile;
    }

    /// <summary>The lexicon entry of a token's normalised form, or -1.</summary>
    private static int EntryOf(WordLexicon lexicon, string token)
    {
        const int maxChars = 64;
        var cut = token.Length > maxChars ? token.AsSpan(0, maxChars) : token.AsSpan();
        Span<char> buffer = stackalloc char[maxChars];
        return lexicon.IndexOf(buffer[..ArabicForms.Normalize(cut, buffer)]);
    }

    /// <summary>Two bits per entity type of the share of a word's occurrences given that type: 0 under 2 %, 1 under
    /// 15 %, 2 under half, 3 from half up; 0 for a word seen fewer than <see cref="MinOccurrences"/> times.</summary>
    /// <param name="counts">Occurrences tagged O, then PERS, ORG, LOC, MISC.</param>
    public static byte Encode(ReadOnlySpan<int> counts)
    {
        var total = 0;
        foreach (var c in counts)
        {
            total += c;
        }

        if (total < MinOccurrences)
        {
            return 0;
        }

        var code = 0;
        for (var t = 0; t < Types; t++)
        {
            var share = (double)counts[1 + t] / total;
            var bucket = share < 0.02 ? 0 : share < 0.15 ? 1 : share < 0.5 ? 2 : 3;
            code |= bucket << (2 * t);
        }

        return (byte)code;
    }

    /// <summary>The bucket (0–3) of entity type <paramref name="type"/> (0 PERS .. 3 MISC) in a profile code.</summary>
    public static int Bucket(int code, int type) => (code >> (2 * type)) & 3;
}
