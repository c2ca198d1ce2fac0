using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>Document evidence: what a word's other occurrences in the same document say about it.</summary>
public class DocumentEvidenceTests
{
    private static NerFeatureExtractor Extractor()
    {
        var g = new NerGazetteer();
        g.AddPhrase("المدرب", GazetteerFlags.PersonTitle | GazetteerFlags.TitleEnd);
        g.AddWord("صرح", GazetteerFlags.CueSay);
        return new NerFeatureExtractor(WordLexicon.Empty, g, 16);
    }

    private static void Fill(NerWorkspace ws, string sentence)
    {
        ws.Clear();
        foreach (var t in sentence.Split(' '))
        {
            ws.Add(t);
        }
    }

    [Fact]
    public void A_word_introduced_by_a_title_in_one_sentence_carries_that_evidence_in_another()
    {
        var extractor = Extractor();
        var ws = new NerWorkspace();
        ws.BeginDocument();
        Fill(ws, "قال المدرب فالنتينو إن الفريق جاهز");
        extractor.CollectEvidence(ws);
        Fill(ws, "وغادر فالنتينو الملعب مبكرا");
        extractor.CollectEvidence(ws);

        var (bits, count) = ws.Evidence.Of(ws.GazKey[1]);
        Assert.Equal(2, count);
        Assert.NotEqual(0u, bits & 1u); // bit 0: after a title somewhere in the document
        var (otherBits, otherCount) = ws.Evidence.Of(ws.GazKey[2]); // الملعب: once, never after a title
        Assert.Equal(1, otherCount);
        Assert.Equal(0u, otherBits & 1u);
        ws.EndDocument();
        Assert.Equal(0, ws.Evidence.Count);
    }

    [Fact]
    public void Features_differ_with_document_evidence_and_a_lone_sentence_is_its_own_document()
    {
        var extractor = Extractor();
        var ws = new NerWorkspace();
        Fill(ws, "وغادر فالنتينو الملعب مبكرا");
        extractor.Extract(ws);
        var alone = ws.Features.AsSpan(NerWorkspace.Stride, ws.FeatureCount[1]).ToArray();

        ws.BeginDocument();
        Fill(ws, "قال المدرب فالنتينو إن الفريق جاهز");
        extractor.CollectEvidence(ws);
        Fill(ws, "وغادر فالنتينو الملعب مبكرا");
        extractor.CollectEvidence(ws);
        extractor.Extract(ws);
        var inDocument = ws.Features.AsSpan(NerWorkspace.Stride, ws.FeatureCount[1]).ToArray();
        ws.EndDocument();

        Assert.NotEqual(alone, inDocument);
        Fill(ws, "وغادر فالنتينو الملعب مبكرا");
        extractor.Extract(ws);
        Assert.Equal(alone, ws.Features.AsSpan(NerWorkspace.Stride, ws.FeatureCount[1]).ToArray());
    }

    [Fact]
    public void Words_that_every_list_names_do_not_overflow_a_token_s_features()
    {
        var g = new NerGazetteer();
        foreach (GazetteerFlags flag in Enum.GetValues<GazetteerFlags>())
        {
            g.AddWord("نخلة", flag);
            g.AddPhrase("نخلة", flag);
        }

        var extractor = new NerFeatureExtractor(WordLexicon.Empty, g, 16);
        var ws = new NerWorkspace();
        for (var i = 0; i < 7; i++)
        {
            ws.Add(i % 2 == 0 ? "نخلة" : "ونخلة");
        }

        extractor.Extract(ws);
        for (var i = 0; i < ws.Length; i++)
        {
            Assert.InRange(ws.FeatureCount[i], 40, NerWorkspace.Stride);
        }
    }

    [Fact]
    public void The_cheap_first_pass_collects_the_same_evidence_as_a_full_pass()
    {
        var extractor = Extractor();
        string[] sentences = ["قال المدرب فالنتينو إن الفريق جاهز", "ولفالنتينو أهداف كثيرة مع الفريق", "x 12 ، وغادر"];
        var full = new NerWorkspace();
        var cheap = new NerWorkspace();
        full.BeginDocument();
        cheap.BeginDocument();
        foreach (var sentence in sentences)
        {
            Fill(full, sentence);
            extractor.CollectEvidence(full);
            cheap.Clear();
            foreach (var t in sentence.Split(' '))
            {
                cheap.AddForEvidence(t);
            }

            extractor.CollectEvidence(cheap);
        }

        Fill(full, "فالنتينو الفريق ولفالنتينو جاهز");
        foreach (var key in full.GazKey.AsSpan(0, full.Length))
        {
            Assert.Equal(full.Evidence.Of(key), cheap.Evidence.Of(key));
        }

        Assert.Equal(full.Evidence.Count, cheap.Evidence.Count);
    }
}
