using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Marsad.Search;

namespace Marsad.Corpus;

/// <summary>
/// Measures search on a corpus: latency (p50/p99 of full searches with facets and snippets over a fixed set of
/// queries) and recall on clitic forms against a plain Lucene StandardAnalyzer index of the same text. An article
/// is relevant to a clitic form (والتحالف) when its text has the bare word with any proclitic or article
/// (تحالف، التحالف، والتحالف، للتحالف ...); recall = relevant articles found / relevant articles.
/// </summary>
public static class SearchBenchmark
{
    /// <summary>(query as typed, bare word that defines relevance).</summary>
    public static readonly ImmutableArray<(string Query, string Bare)> CliticQueries =
    [
        ("والتحالف", "تحالف"), ("بالحكومة", "حكومة"), ("للرئيس", "رئيس"), ("والانتخابات", "انتخابات"), ("بالاتفاق", "اتفاق"),
        ("والمعارضة", "معارضة"), ("للجيش", "جيش"), ("فالشرطة", "شرطة"), ("وبالنفط", "نفط"), ("والأسواق", "أسواق"),
        ("بالمنتخب", "منتخب"), ("والبرلمان", "برلمان"), ("للاستثمار", "استثمار"), ("والعقوبات", "عقوبات"), ("بالصواريخ", "صواريخ"),
        ("والمفاوضات", "مفاوضات"), ("للاجئين", "لاجئين"), ("والسفارة", "سفارة"), ("بالبنك", "بنك"), ("والمهرجان", "مهرجان"),
        ("وللشركة", "شركة"), ("والدوري", "دوري"), ("بالهاتف", "هاتف"), ("والتكنولوجيا", "تكنولوجيا"), ("والمستشفى", "مستشفى"),
    ];

    /// <summary>Other queries for latency: words, phrases, boolean forms.</summary>
    public static readonly ImmutableArray<string> GeneralQueries =
    [
        "سوريا", "ترامب", "النفط", "كأس العالم", "\"مجلس الأمن\"", "إيران OR إسرائيل", "الاقتصاد NOT النفط", "أمريكا",
        "الأمم المتحدة", "الذكاء الاصطناعي", "\"ولي العهد\"", "غزة", "الانتخابات الرئاسية", "اليمن الحوثيين", "البورصة",
        "الهاتف الذكي", "(روسيا OR موسكو) AND سوريا", "مهرجان السينما", "الدولار", "\"كرة القدم\"", "اللاجئين", "الصين",
        "كيماوي", "الفيفا", "فيسبوك",
    ];

    public static SearchBenchmarkResult Run(Corpus corpus, int repetitions = 3)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var latencies = new List<double>();
        var all = CliticQueries.Select(q => q.Query).Concat(GeneralQueries).ToList();
        foreach (var q in all)
        {
            corpus.Search(new SearchQuery { Text = q }); // warm up
        }

        for (var r = 0; r < repetitions; r++)
        {
            foreach (var q in all)
            {
                var clock = Stopwatch.StartNew();
                corpus.Search(new SearchQuery { Text = q, Size = 10 });
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        latencies.Sort();
        var texts = corpus.Index.StoredTexts().ToList();
        using var plain = new PlainIndex(SearchAnalyzers.CreatePlainBaseline(), texts);
        double marsadRecall = 0, plainRecall = 0;
        var measured = 0;
        foreach (var (query, bare) in CliticQueries)
        {
            var pattern = new Regex(@"(?<!\p{L})(?:[وفبلك]?(?:ال|ل)?)" + Regex.Escape(NameKey.Normalize(bare)) + @"(?!\p{L})", RegexOptions.CultureInvariant);
            var relevant = texts.Where(t => pattern.IsMatch(NameKey.Normalize(t.Headline + " \n " + t.Body))).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            if (relevant.Count == 0)
            {
                continue;
            }

            measured++;
            marsadRecall += corpus.Index.Matches(query).Count(relevant.Contains) / (double)relevant.Count;
            plainRecall += plain.Matches(query).Count(relevant.Contains) / (double)relevant.Count;
        }

        return new SearchBenchmarkResult(
            texts.Count,
            latencies.Count,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            latencies[^1],
            measured,
            measured == 0 ? 0 : marsadRecall / measured,
            measured == 0 ? 0 : plainRecall / measured);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
