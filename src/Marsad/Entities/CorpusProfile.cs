using System.Globalization;
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
    /// <remarks>With <paramref name="filter"/>, words it counts as unreliable or common get 0 (no profile); without
    /// it, every word seen <see cref="MinOccurrences"/> times keeps its shares.</remarks>
    public static byte[] Build(NerTagger contextTagger, WordLexicon lexicon, IReadOnlyList<List<IReadOnlyList<string>>> articles, Action<string>? progress = null, ProfileFilter? filter = null)
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
        var withheld = 0;
        var kept = 0;
        var rules = filter ?? ProfileFilter.None;
        for (var e = 0; e < profile.Length; e++)
        {
            var code = Encode(counts.AsSpan(e * (Types + 1), Types + 1), rules.MinOccurrences, rules.MinNameShare);
            if (code != 0 && rules.CommonRatio > 0 && IsCommonWord(lexicon, e, rules.CommonRatio))
            {
                if (rules.KeepListedNames && contextTagger.Gazetteer.ListsAsName(lexicon.Words[e]))
                {
                    kept++;
                }
                else
                {
                    code = 0;
                    withheld++;
                }
            }

            profile[e] = code;
            named += code != 0 ? 1 : 0;
        }

        progress?.Invoke($"corpus profile: {named} of {lexicon.Count} words tagged as a name in some occurrences{(filter is null ? string.Empty : $" ({rules}; {withheld} withheld as common words, {kept} kept as listed names)")}");
        return profile;
    }

    /// <summary>
    /// Whether a lexicon word looks like a common word rather than a name: its stem (a leading و/ف and the article
    /// taken off) is used both bare and with the article, the rarer form at least <paramref name="ratio"/> times as
    /// often as the other. Names keep to one form («محمد» never takes the article, «العراق» is rarely without it) while
    /// nouns, adjectives and the verbs that share their letters alternate («العمال»/«عمال», «صدر»/«الصدر»); the
    /// context-only tagger calls such words names wherever they stand inside a frequent multi-word name or after a
    /// conjunction next to one, and the perceptron then trusts that share with confidence.
    /// </summary>
    public static bool IsCommonWord(WordLexicon lexicon, int entry, double ratio)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        const int maxChars = 64;
        var word = lexicon.Words[entry].AsSpan();
        if (word.Length > maxChars - 2)
        {
            return false;
        }

        // Only the conjunction comes off besides the article: cutting ب/ل/ك too would read «كمال» as «مال».
        if (word.Length > 3 && word[0] is '\u0648' or '\u0641')
        {
            word = word[1..];
        }

        if (word.Length > 4 && word.StartsWith(Article))
        {
            word = word[2..];
        }

        Span<char> definite = stackalloc char[maxChars];
        Article.CopyTo(definite);
        word.CopyTo(definite[2..]);
        var bare = lexicon.CountOf(word);
        var withArticle = lexicon.CountOf(definite[..(word.Length + 2)]);
        return Math.Min(bare, withArticle) > 0 && Math.Min(bare, withArticle) >= ratio * Math.Max(bare, withArticle);
    }

    private const string Article = "\u0627\u0644";

    /// <summary>The lexicon entry of a token's normalised form, or -1.</summary>
    private static int EntryOf(WordLexicon lexicon, string token)
    {
        const int maxChars = 64;
        var cut = token.Length > maxChars ? token.AsSpan(0, maxChars) : token.AsSpan();
        Span<char> buffer = stackalloc char[maxChars];
        return lexicon.IndexOf(buffer[..ArabicForms.Normalize(cut, buffer)]);
    }

    /// <summary>Two bits per entity type of the share of a word's occurrences given that type: 0 under 2 %, 1 under
    /// 15 %, 2 under half, 3 from half up; 0 for a word seen fewer than <paramref name="minOccurrences"/> times or
    /// tagged as any name in under <paramref name="minNameShare"/> of them.</summary>
    /// <param name="counts">Occurrences tagged O, then PERS, ORG, LOC, MISC.</param>
    /// <param name="minOccurrences">Occurrences a word needs before its shares say anything.</param>
    /// <param name="minNameShare">Share of name tags (any type) a word needs.</param>
    public static byte Encode(ReadOnlySpan<int> counts, int minOccurrences = MinOccurrences, double minNameShare = 0)
    {
        var total = 0;
        foreach (var c in counts)
        {
            total += c;
        }

        if (total < minOccurrences || total - counts[0] < minNameShare * total)
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

/// <summary>Which words keep a corpus profile (<see cref="CorpusProfile.Build"/>): a word seen fewer than
/// <see cref="MinOccurrences"/> times, tagged as a name in under <see cref="MinNameShare"/> of its occurrences, or (with
/// a <see cref="CommonRatio"/> above 0) one that <see cref="CorpusProfile.IsCommonWord"/> counts as common gets none.</summary>
public sealed record ProfileFilter
{
    /// <summary>No filter beyond the original <see cref="CorpusProfile.MinOccurrences"/>.</summary>
    public static ProfileFilter None { get; } = new();

    public int MinOccurrences { get; init; } = CorpusProfile.MinOccurrences;

    public double MinNameShare { get; init; }

    public double CommonRatio { get; init; }

    /// <summary>With <see cref="CommonRatio"/>: a common word the gazetteers list as a name on its own keeps its
    /// profile (<see cref="NerGazetteer.ListsAsName"/>: «الصدر» the family name, «العيد» the given name).</summary>
    public bool KeepListedNames { get; init; }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"min count {MinOccurrences}, min name share {MinNameShare}, common ratio {CommonRatio}{(KeepListedNames ? ", listed names kept" : string.Empty)}");
}
