using static Marsad.Tests.Quotes.QuoteSentences;

namespace Marsad.Tests.Quotes;

/// <summary>
/// A speaker named by a family name opening with a particle (بن، أبو): the word after the particle is the rest of the
/// name — never the preposition a cue governs («طالب بن بريك …» is no «ب…» content), never a role cut off the name
/// («بن الشيخ»). Sentences written for these tests.
/// </summary>
public sealed class NameParticleSpeakerTests
{
    [Fact]
    public void The_word_after_a_particle_is_not_the_governed_preposition()
    {
        var quote = Assert.Single(Find("من جهته، طالب بن بريك المستوردين بخفض أسعار الأدوية فورا."));
        Assert.Equal("بن بريك", quote.Speaker.Name);
        Assert.EndsWith("بخفض أسعار الأدوية فورا", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_word_after_a_particle_is_the_family_name()
    {
        var quote = Assert.Single(Find("وقال بن الشيخ إن الموسم سيكون جيدا هذا العام."));
        Assert.Equal("بن الشيخ", quote.Speaker.Name);
    }
}
