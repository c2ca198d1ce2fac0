using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using Marsad.Knowledge;

namespace Marsad.Search;

/// <summary>
/// The one place the search analyzers are made, so indexing, querying and highlighting agree (story features use the
/// same chain less the proclitic step: <see cref="CreateForStories"/>).
/// Chain: standard tokenizer → lower case → Arabic normalisation (alef/yeh/teh marbuta, diacritics, tatweel) →
/// a one-letter proclitic off a known name (لبوتين) → stop words → clitic and suffix stripping (و، ال، بال ... / ها، ات، ون
/// ...) → spelling variants (أمريكا/أميركا).
/// </summary>
public static class SearchAnalyzers
{
    /// <summary>The Lucene version the index is written with.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// The version of the chain <see cref="Create()"/> builds, stamped into the index at each commit: an index written
    /// by another chain holds other terms and silently misses hits, so opening one is flagged and a rebuild offered.
    /// Bump it whenever a change to the chain changes the terms of some text. 1: stamp-less indexes from before the
    /// proclitic step; 2: with the proclitic step off known names.
    /// </summary>
    public const string ChainVersion = "2";

    private static readonly Lazy<CharArraySet> DefaultStopWords = new(() => LoadStopWords(ResourceFiles.Default));
    private static readonly Lazy<CharArrayDictionary<string>> DefaultVariants = new(() => LoadVariants(ResourceFiles.Default));
    private static readonly Lazy<CharArraySet> DefaultNames = new(() => LoadNames(ResourceFiles.Default));

    /// <summary>The Arabic analyzer the corpus indexes and searches with.</summary>
    public static Analyzer Create() => Create(DefaultStopWords.Value, DefaultVariants.Value);

    /// <summary>The chain story features are computed with: the search chain without the proclitic step. The story
    /// options were tuned on it; with the step, the fourteen development days moved −0.018 to +0.010 (mean unchanged), so
    /// stories keep it until they are tuned again.</summary>
    public static Analyzer CreateForStories() => Create(DefaultStopWords.Value, DefaultVariants.Value, nameProclitics: false);

    /// <summary>Lucene's plain StandardAnalyzer (no Arabic handling): the baseline the benchmark compares against.</summary>
    public static Analyzer CreatePlainBaseline() => new StandardAnalyzer(Version, CharArraySet.Empty);

    /// <summary>Analyses a text into its index terms (for story features and tests).</summary>
    public static List<string> Terms(Analyzer analyzer, string text, string field = "body")
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static Analyzer Create(CharArraySet stopWords, CharArrayDictionary<string>? variants, bool nameProclitics = true) =>
        Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, source);
            stream = new ArabicNormalizationFilter(stream);
            if (nameProclitics)
            {
                stream = new NameProcliticFilter(stream, DefaultNames.Value);
            }

            stream = new StopFilter(Version, stream, stopWords);
            stream = new ArabicStemFilter(stream);
            if (variants is { Count: > 0 })
            {
                stream = new SpellingVariantFilter(stream, variants);
            }

            return new TokenStreamComponents(source, stream);
        });

    private static CharArraySet LoadStopWords(ResourceFiles files) => NormalizedSet(files.ReadLines("corpus/stopwords.txt"));

    /// <summary>One-word names a proclitic may be taken off: surnames and the last word of world figures' names, one-word
    /// countries, cities and knowledge-base aliases. First names are left out: many are common words (أمل، سلام).</summary>
    private static CharArraySet LoadNames(ResourceFiles files)
    {
        static IEnumerable<string> OneWord(IEnumerable<string> lines) => lines.Select(l => l.Trim()).Where(l => !l.Contains(' ', StringComparison.Ordinal));

        var names = OneWord(files.ReadLines("gazetteers/person-family-names.txt"))
            .Concat(files.ReadLines("gazetteers/persons-world.txt").Select(l => l.Trim().Split(' ')[^1]))
            .Concat(OneWord(files.ReadLines("gazetteers/places-countries.txt")))
            .Concat(OneWord(files.ReadLines("gazetteers/places-cities.txt")))
            .Concat(OneWord(files.ReadTsv("kb/entities.tsv").Where(r => r.Length > 4).SelectMany(r => r[4].Split('|'))));
        return NormalizedSet(names.Where(n => !n.StartsWith("ال", StringComparison.Ordinal)));
    }

    private static CharArraySet NormalizedSet(IEnumerable<string> words)
    {
        var set = new CharArraySet(Version, 200, ignoreCase: false);
        var normalizer = new ArabicNormalizer();
        foreach (var word in words)
        {
            var chars = word.Trim().ToLowerInvariant().ToCharArray();
            var length = normalizer.Normalize(chars, chars.Length);
            if (length > 0)
            {
                set.Add(new string(chars, 0, length));
            }
        }

        return set;
    }

    private static CharArrayDictionary<string> LoadVariants(ResourceFiles files)
    {
        // Both sides go through the same chain without the variant step, so a line maps analysed form to analysed form.
        var plain = Create(DefaultStopWords.Value, null, nameProclitics: false);
        var map = new CharArrayDictionary<string>(Version, 64, ignoreCase: false);
        foreach (var row in files.ReadTsv("corpus/spelling-variants.tsv"))
        {
            if (row.Length < 2)
            {
                continue;
            }

            var from = Terms(plain, row[0]);
            var to = Terms(plain, row[1]);
            if (from.Count == 1 && to.Count == 1 && from[0] != to[0])
            {
                map[from[0]] = to[0];
            }
        }

        return map;
    }
}
