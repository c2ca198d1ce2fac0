using System.Collections.Immutable;
using Marsad.Knowledge;

namespace Marsad.Text;

/// <summary>
/// Finds the clitics of an Arabic word: proclitics و ف (conjunction), ب ل ك (preposition) or س (future), the article
/// ال (and the ل of the article after ل: للتحالف), and one enclitic pronoun (ه ها هم هما هن كم كما نا). Guards keep
/// names and short words whole: a stem keeps at least three letters (two after the article), and lexicons under
/// <c>Resources/text/clitics/</c> list words whose first or last letters merely look like clitics (بريطانيا, وزير,
/// اتجاه), two-letter words that do take a proclitic (وقد, بما), words whose ال is not the article (الذي) and short
/// words that host a pronoun (منه, عليها). Thread-safe; no allocation per word.
/// </summary>
public sealed class CliticAnalyzer
{
    public const string NoProcliticFile = "text/clitics/no-proclitic.txt";
    public const string ShortProcliticFile = "text/clitics/short-proclitic.txt";
    public const string NoEncliticFile = "text/clitics/no-enclitic.txt";
    public const string NoArticleFile = "text/clitics/no-article.txt";
    public const string PronounHostsFile = "text/clitics/pronoun-hosts.txt";

    /// <summary>Words longer than this (in chars, with marks) are never split.</summary>
    public const int MaxWordLength = 64;

    private static readonly Lazy<CliticAnalyzer> DefaultInstance = new(() => new CliticAnalyzer(ResourceFiles.Default));

    // Longest first: هما before هم before ه.
    private static readonly string[] Enclitics = ["هما", "كما", "هم", "هن", "كم", "ها", "نا", "ه"];

    private readonly SpanLexicon noProclitic;
    private readonly SpanLexicon shortProclitic;
    private readonly SpanLexicon noEnclitic;
    private readonly SpanLexicon noArticle;
    private readonly SpanLexicon pronounHosts;

    public CliticAnalyzer(ResourceFiles resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        noProclitic = SpanLexicon.Load(resources, NoProcliticFile, NormalizationMode.Light);
        shortProclitic = SpanLexicon.Load(resources, ShortProcliticFile, NormalizationMode.Light);
        noEnclitic = SpanLexicon.Load(resources, NoEncliticFile, NormalizationMode.Light);
        noArticle = SpanLexicon.Load(resources, NoArticleFile, NormalizationMode.Light);
        pronounHosts = SpanLexicon.Load(resources, PronounHostsFile, NormalizationMode.Light);
    }

    public static CliticAnalyzer Default => DefaultInstance.Value;

    /// <summary>The most likely split of <paramref name="word"/>; the whole word when it is not an Arabic word.</summary>
    public CliticSplit Analyze(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxWordLength)
        {
            return CliticSplit.Whole(word.Length);
        }

        Span<char> written = stackalloc char[word.Length]; // letters as written, marks dropped
        Span<char> light = stackalloc char[word.Length];   // letters in the lexicons' spelling
        Span<int> at = stackalloc int[word.Length + 1];    // original offset of each letter
        var n = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (ArabicChars.IsDiacritic(c) || c == ArabicChars.Tatweel)
            {
                continue;
            }

            if (!ArabicChars.IsArabicLetter(c))
            {
                return CliticSplit.Whole(word.Length);
            }

            written[n] = c;
            ArabicNormalizer.TryFold(c, NormalizationMode.Light, out light[n]);
            at[n++] = i;
        }

        at[n] = word.Length;
        var (p, proclitics, articleLetters) = FindProclitics(written[..n], light[..n]);
        var suffixLetters = FindEnclitic(written[..n], light[..n], p);
        var prefixLength = p == 0 ? 0 : at[p];
        var suffixStart = suffixLetters == 0 ? word.Length : at[n - suffixLetters];
        var articleLength = articleLetters == 0 ? 0 : prefixLength - at[p - articleLetters];
        return new CliticSplit(prefixLength, suffixStart - prefixLength, word.Length - suffixStart, proclitics, articleLength);
    }

    /// <summary>The splits worth trying for a word, the most likely first: the analysis, then the word with fewer
    /// clitics removed, down to the whole word. Lexicon lookups may use them to find a stem the guards kept whole.</summary>
    public ImmutableArray<CliticSplit> Candidates(ReadOnlySpan<char> word)
    {
        var best = Analyze(word);
        var candidates = ImmutableArray.CreateBuilder<CliticSplit>(4);
        candidates.Add(best);
        if (best.ArticleLength > 0)
        {
            candidates.Add(best with { PrefixLength = best.StemWithArticleStart, StemLength = best.StemLength + best.ArticleLength, Proclitics = best.Proclitics & ~Proclitics.Article, ArticleLength = 0 });
        }

        if (best.SuffixLength > 0)
        {
            candidates.Add(best with { StemLength = best.StemLength + best.SuffixLength, SuffixLength = 0 });
        }

        if (best.IsSplit)
        {
            candidates.Add(CliticSplit.Whole(word.Length));
        }

        return candidates.DrainToImmutable();
    }

    /// <summary>The stem as written (without proclitics, article and pronoun): وبروكسل → بروكسل, كتابه → كتاب.</summary>
    public ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        var split = Analyze(word);
        return word.Slice(split.PrefixLength, split.StemLength);
    }

    /// <summary>The normalised stem, for matching: والتحالف → تحالف, لبريطانيا → بريطانيا.</summary>
    public string Key(string word, NormalizationMode mode = NormalizationMode.Standard)
    {
        ArgumentNullException.ThrowIfNull(word);
        var split = Analyze(word);
        return ArabicNormalizer.Normalize(word.Substring(split.PrefixLength, split.StemLength), mode);
    }

    /// <summary>The normalised stem with its article kept: والتحالف → التحالف, and للتحالف → التحالف (the alef
    /// that ل drops is put back).</summary>
    public string KeyWithArticle(string word, NormalizationMode mode = NormalizationMode.Standard)
    {
        ArgumentNullException.ThrowIfNull(word);
        var split = Analyze(word);
        var key = ArabicNormalizer.Normalize(word[split.StemWithArticleStart..split.SuffixStart], mode);
        return split.ArticleLength > 0 && !key.StartsWith("ال", StringComparison.Ordinal) ? "ا" + key : key;
    }

    private (int Letters, Proclitics Found, int ArticleLetters) FindProclitics(ReadOnlySpan<char> w, ReadOnlySpan<char> light)
    {
        var n = w.Length;
        var p = 0;
        var found = Proclitics.None;
        if (n - p >= 3 && w[p] is 'و' or 'ف' && MayDetach(light[p..]))
        {
            found |= Proclitics.Conjunction;
            p++;
        }

        if (n - p >= 2 && w[p] is 'ب' or 'ل' or 'ك' && (IsEnclitic(w[(p + 1)..]) || (n - p >= 3 && MayDetach(light[p..]))))
        {
            found |= Proclitics.Preposition;
            p++;
            if (w[p - 1] == 'ل' && w[p] == 'ل' && n - p >= 3)
            {
                return (p + 1, found | Proclitics.Article, 1);
            }
        }
        else if (n - p >= 4 && w[p] == 'س' && w[p + 1] is 'ي' or 'ت' or 'ن' or 'أ' && MayDetach(light[p..]))
        {
            found |= Proclitics.Future;
            p++;
        }

        if (n - p - 2 >= 2 && w[p] == 'ا' && w[p + 1] == 'ل' && !noArticle.ContainsNormalized(light[p..]))
        {
            return (p + 2, found | Proclitics.Article, 2);
        }

        return (p, found, 0);
    }

    /// <summary>Whether the first letter of <paramref name="rest"/> may come off as a clitic.</summary>
    private bool MayDetach(ReadOnlySpan<char> rest) =>
        rest.Length - 1 >= 3 ? !noProclitic.ContainsNormalized(rest) : shortProclitic.ContainsNormalized(rest);

    private int FindEnclitic(ReadOnlySpan<char> w, ReadOnlySpan<char> light, int p)
    {
        var rest = light[p..];
        if (rest.Length < 3 || noArticle.ContainsNormalized(rest))
        {
            return 0;
        }

        foreach (var enclitic in Enclitics)
        {
            if (w.EndsWith(enclitic, StringComparison.Ordinal))
            {
                var stem = rest[..^enclitic.Length];
                return (stem.Length >= 3 || pronounHosts.ContainsNormalized(stem)) && !noEnclitic.ContainsNormalized(rest) ? enclitic.Length : 0;
            }
        }

        return 0;
    }

    private static bool IsEnclitic(ReadOnlySpan<char> letters)
    {
        foreach (var enclitic in Enclitics)
        {
            if (letters.SequenceEqual(enclitic))
            {
                return true;
            }
        }

        return false;
    }
}
