using BenchmarkDotNet.Attributes;
using Marsad.Entities;

namespace Marsad.Bench;

/// <summary>
/// One sentence's emission scores with the shipped NER model, part by part: the perceptron's features alone, the
/// window network over every token (what the mixed model paid per token before its skip margin), and the whole tagging
/// of the sentence as shipped (the network only where the perceptron is unsure). Run with
/// <c>dotnet run -c Release --project bench/Marsad.Bench -- --filter '*NerEmission*'</c>.
/// </summary>
[MemoryDiagnoser]
public class NerEmissionBenchmarks
{
    // An invented news sentence: a person, an organisation and two places among common words.
    private static readonly string[] Sentence =
        "وقال سامي الخطيب رئيس شركة النور للطاقة في مؤتمر صحفي بمدينة صفاقس أمس إن الشركة ستفتح فرعا جديدا في مراكش قبل نهاية العام .".Split(' ');

    private NerTagger tagger = null!;
    private NerFeatureExtractor extractor = null!;
    private NeuralScorer network = null!;
    private NerWorkspace ws = null!;
    private int[] tags = [];

    [GlobalSetup]
    public void Setup()
    {
        tagger = NerTagger.Default;
        extractor = new NerFeatureExtractor(tagger.Lexicon, tagger.Gazetteer, tagger.Model.HashBits);
        network = tagger.Model.Neural ?? throw new InvalidOperationException("the shipped model has no network");
        ws = new NerWorkspace();
        tags = new int[Sentence.Length];
        Fill();
        extractor.Extract(ws);
        network.Score(ws);
    }

    private void Fill()
    {
        ws.Clear();
        foreach (var token in Sentence)
        {
            ws.Add(token);
        }
    }

    [Benchmark(Description = "perceptron features of one sentence")]
    public int Features()
    {
        Fill();
        extractor.Extract(ws);
        return ws.FeatureCount[0];
    }

    [Benchmark(Description = "window network over every token of one sentence")]
    public float NetworkEveryToken()
    {
        network.Score(ws);
        return ws.Neural.Probs[0];
    }

    [Benchmark(Baseline = true, Description = "tag one sentence (shipped model)")]
    public int Tag()
    {
        Fill();
        tagger.Tag(ws, tags);
        return tags[1];
    }
}
