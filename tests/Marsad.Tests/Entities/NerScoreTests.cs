using Marsad.Entities;
using Marsad.Model;

namespace Marsad.Tests.Entities;

public class NerScoreTests
{
    private static int[] Tags(params string[] names) => names.Select(n => NerTags.Parse(n)).ToArray();

    [Fact]
    public void Chunks_are_read_the_conlleval_way()
    {
        var chunks = EntityChunk.FromTags(Tags("B-PERS", "I-PERS", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG"));
        Assert.Equal(
            [new EntityChunk(0, 2, EntityType.PERS), new EntityChunk(3, 5, EntityType.LOC), new EntityChunk(5, 6, EntityType.LOC), new EntityChunk(6, 7, EntityType.ORG)],
            chunks);
    }

    [Fact]
    public void Only_exact_span_and_type_matches_count()
    {
        var score = new NerScore();
        score.Add(Tags("B-PERS", "I-PERS", "O", "B-LOC"), Tags("B-PERS", "O", "O", "B-LOC"));
        var all = score.For(null);
        Assert.Equal(0.5, all.Precision, 6);
        Assert.Equal(0.5, all.Recall, 6);
        Assert.Equal(1.0, score.For(EntityType.LOC).F1, 6);
        Assert.Equal(0.0, score.For(EntityType.PERS).F1, 6);
    }

    [Fact]
    public void Tag_names_round_trip_and_variants_are_accepted()
    {
        for (var t = 0; t < NerTags.Count; t++)
        {
            Assert.Equal(t, NerTags.Parse(NerTags.Name(t)));
        }

        Assert.Equal(NerTags.Parse("B-PERS"), NerTags.Parse("B-PER"));
        Assert.Equal(NerTags.Outside, NerTags.Parse("garbage"));
    }
}
