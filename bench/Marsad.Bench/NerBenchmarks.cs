using BenchmarkDotNet.Attributes;
using Marsad.Entities;

namespace Marsad.Bench;

/// <summary>
/// Tagging throughput of the shipped NER model on one thread: one operation is one token, so BenchmarkDotNet's
/// "ops/s" is tokens per second. The text is written for the benchmark (a few sentence shapes over invented names).
/// </summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private const int SentenceCount = 400;
    private List<string[]> sentences = [];
    private NerTagger tagger = null!;
    private int tokenCount;

    [GlobalSetup]
    public void Setup()
    {
        tagger = NerTagger.Default;
        string[] people = ["سامي الخطيب", "نادر العلي", "ليلى حداد", "كريم منصور", "جورج ويليامز", "هالة يوسف"];
        string[] places = ["طرابلس", "حلب", "صفاقس", "مراكش", "الموصل", "بروكسل", "واشنطن"];
        string[] orgs = ["الأمم المتحدة", "شركة النور", "وزارة الخارجية", "نادي الشروق", "البنك الدولي"];
        string[] shapes =
        [
            "قال {0} في تصريح صحفي بمدينة {1} إن {2} ستقدم مساعدات عاجلة خلال الأسبوع المقبل .",
            "وأضاف {0} أن المحادثات مع {2} في {1} تناولت ملفات الطاقة والمياه والنقل وأسعار الغذاء .",
            "وصل {0} إلى {1} أمس في زيارة تستمر ثلاثة أيام يلتقي خلالها مسؤولين من {2} .",
            "أعلنت {2} اليوم الثلاثاء عن خطة جديدة بقيمة 250 مليون دولار لدعم المزارعين في {1} .",
        ];
        sentences = [];
        for (var i = 0; i < SentenceCount; i++)
        {
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, shapes[i % shapes.Length], people[i % people.Length], places[(i / 3) % places.Length], orgs[(i / 2) % orgs.Length]);
            sentences.Add(text.Split(' '));
        }

        tokenCount = sentences.Sum(s => s.Length);
    }

    /// <summary>Tokens in one invocation (used for OperationsPerInvoke).</summary>
    public const int TokensPerInvoke = 8_000;

    [Benchmark(OperationsPerInvoke = TokensPerInvoke, Description = "tag tokens (1 op = 1 token)")]
    public int TagTokens()
    {
        var ws = NerTagger.ThreadWorkspace();
        Span<int> tags = stackalloc int[64];
        var done = 0;
        var checksum = 0;
        var i = 0;
        while (done < TokensPerInvoke)
        {
            var sentence = sentences[i++ % sentences.Count];
            ws.Clear();
            foreach (var token in sentence)
            {
                ws.Add(token);
            }

            tagger.Tag(ws, tags);
            checksum += tags[0];
            done += sentence.Length;
        }

        return checksum + tokenCount;
    }
}
