using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>The per-workspace token cache is invisible in the features: a warm workspace, a cold one and a sentence
/// whose words fight over one cache slot all give the features a fresh extraction gives.</summary>
public class TokenCacheTests
{
    private static readonly string[] Sentences =
    [
        "قال المدرب سليم الحداد إن الفريق جاهز للمباراة",
        "وصل وفد من وزارة الزراعة إلى مدينة صفاقس صباح اليوم",
        "وأكد الحداد أن اللاعبين بخير ، وغادر 12 لاعبا",
        "x y Z ... ؟ ؟ 2026",
    ];

    private static NerFeatureExtractor Extractor(WordLexicon? lexicon = null)
    {
        var g = new NerGazetteer();
        g.AddPhrase("المدرب", GazetteerFlags.PersonTitle | GazetteerFlags.TitleEnd);
        g.AddPhrase("وزارة الزراعة", GazetteerFlags.OrgBegin);
        g.AddWord("قال", GazetteerFlags.CueSay);
        g.AddWord("سليم", GazetteerFlags.FirstName);
        return new NerFeatureExtractor(lexicon ?? Lexicon(), g, 16);
    }

    private static WordLexicon Lexicon() =>
        new(["الفريق", "مدينة", "الحداد", "سليم"], [40, 30, 5, 9], [[1, 2, 3], [1, 4, 5], [2, 6, 7], [2, 6, 8]]);

    private static int[][] Features(NerFeatureExtractor extractor, NerWorkspace ws, string sentence)
    {
        ws.Clear();
        foreach (var t in sentence.Split(' '))
        {
            ws.Add(t);
        }

        extractor.Extract(ws);
        return [.. Enumerable.Range(0, ws.Length).Select(i => ws.Features.AsSpan(i * NerWorkspace.Stride, ws.FeatureCount[i]).ToArray())];
    }

    [Fact]
    public void A_warm_workspace_gives_the_features_of_a_fresh_one()
    {
        var extractor = Extractor();
        var warm = new NerWorkspace();
        for (var round = 0; round < 3; round++)
        {
            foreach (var sentence in Sentences)
            {
                var expected = Features(extractor, new NerWorkspace(), sentence);
                Assert.Equal(expected, Features(extractor, warm, sentence));
            }
        }
    }

    [Fact]
    public void Two_extractors_sharing_a_workspace_each_get_their_own_features()
    {
        var withLexicon = Extractor();
        var without = Extractor(WordLexicon.Empty);
        var shared = new NerWorkspace();
        foreach (var sentence in Sentences)
        {
            var a = Features(withLexicon, shared, sentence);
            var b = Features(without, shared, sentence);
            Assert.Equal(Features(withLexicon, new NerWorkspace(), sentence), a);
            Assert.Equal(Features(without, new NerWorkspace(), sentence), b);
        }

        // The lexicon's clusters are features, so the two extractors must differ on a word the lexicon knows.
        Assert.NotEqual(Features(withLexicon, shared, "الفريق")[0], Features(without, shared, "الفريق")[0]);
    }

    [Fact]
    public void Words_that_share_a_cache_slot_in_one_sentence_keep_their_own_features()
    {
        var (first, second) = CollidingWords();
        var extractor = Extractor();
        var alone1 = Features(extractor, new NerWorkspace(), first)[0];
        var alone2 = Features(extractor, new NerWorkspace(), second)[0];
        var together = Features(extractor, new NerWorkspace(), $"{first} {second} {first}");

        // Bias, word and stem identity do not depend on the neighbours.
        Assert.Equal(alone1[..3], together[0][..3]);
        Assert.Equal(alone2[..3], together[1][..3]);
        Assert.Equal(alone1[..3], together[2][..3]);
        Assert.NotEqual(together[0][1], together[1][1]);
    }

    /// <summary>Two different invented words whose cache slots coincide.</summary>
    private static (string, string) CollidingWords()
    {
        var seen = new Dictionary<int, string>();
        for (var n = 0; ; n++)
        {
            var word = "كلمة" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var slot = TokenCache.SlotOf(FeatureHash.Chars(word));
            if (seen.TryGetValue(slot, out var other))
            {
                return (other, word);
            }

            seen[slot] = word;
        }
    }
}
